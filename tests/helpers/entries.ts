/**
 * Reads content/codes/*.mdx straight from disk (no Astro), so unit tests and the
 * content lint see exactly what the build will see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The folder of the codes collection. */
export const CODES_DIR = new URL('../../content/codes/', import.meta.url).pathname;

/** The folder of the guides. */
export const GUIDES_DIR = new URL('../../content/guides/', import.meta.url).pathname;

/** One entry file, split into front matter and body. */
export interface RawEntry {
  /** The file name without .mdx, which is the entry id. */
  id: string;
  /** The path relative to the repository root, for messages. */
  file: string;
  /** The parsed YAML front matter. */
  data: Record<string, unknown>;
  /** The MDX body after the front matter. */
  body: string;
}

/** Splits an MDX file into its YAML front matter and body; throws when there is none. */
export function splitFrontMatter(source: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (match === null) throw new Error(`${file}: no front matter between --- lines`);
  return { data: parse(match[1] as string) as Record<string, unknown>, body: match[2] as string };
}

const cache = new Map<string, readonly RawEntry[]>();

/** Every entry in a folder (the real collection by default), read once per process and shared: do not change them. */
export function readEntries(dir: string = CODES_DIR): readonly RawEntry[] {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `content/codes/${name}`;
      return { id: name.slice(0, -4), file, ...splitFrontMatter(readFileSync(join(dir, name), 'utf8'), file) };
    });
  cache.set(dir, entries);
  return entries;
}
