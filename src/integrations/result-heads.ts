/**
 * Writes the table of result heads (src/lib/result-heads.ts) from the fragments Pagefind has
 * just written, one per indexed page. A fragment is gzip-compressed JSON behind Pagefind's
 * "pagefind_dcd" marker; one that does not read so fails the build with its name.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resultHeadOf, type FragmentFields, type ResultHeads } from '../lib/result-heads.ts';
import { resultHeadsUrl } from '../lib/urls.ts';

/** The marker Pagefind writes before the JSON of a decompressed fragment. */
const MARKER = 'pagefind_dcd';

/** One fragment file's URL and meta; throws, naming the file, when it is not what Pagefind writes. */
export function readFragment(name: string, compressed: Buffer): FragmentFields {
  const text = gunzipSync(compressed).toString('utf8');
  if (!text.startsWith(MARKER)) throw new Error(`Pagefind fragment ${name} does not start with ${MARKER}`);
  const parsed = JSON.parse(text.slice(MARKER.length)) as Partial<FragmentFields>;
  if (typeof parsed.url !== 'string' || typeof parsed.meta !== 'object' || parsed.meta === null)
    throw new Error(`Pagefind fragment ${name} has no url or meta`);
  return { url: parsed.url, meta: parsed.meta };
}

/** Writes the result heads of every fragment in the index; returns how many. */
export async function writeResultHeads(pagefindDir: string, outDir: string): Promise<number> {
  const dir = join(pagefindDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const heads: ResultHeads = {};
  for (const name of names) {
    heads[name.slice(0, -'.pf_fragment'.length)] = resultHeadOf(readFragment(name, await readFile(join(dir, name))));
  }
  await writeFile(join(outDir, resultHeadsUrl()), JSON.stringify(heads));
  return names.length;
}
