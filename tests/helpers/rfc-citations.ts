/**
 * Gathers what the RFC checks read from the content on disk: each entry's facts with all
 * its RFC citations (sources, then prose in the front matter and the body), and the
 * citations in each guide.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDES_DIR, readEntries, splitFrontMatter } from './entries.ts';
import {
  citationInTitle,
  citationsInProse,
  quotesInProse,
  type RfcCitation,
  type RfcQuote,
} from '../../src/lib/rfc-citations.ts';
import type { EntryFacts } from '../../src/lib/rfc-checks.ts';

type Source = { rfc?: number; section?: string; title?: string; note?: string };

/** The strings of a front matter value, with the field path of each. */
function stringsOf(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path === '' ? k : `${path}.${k}`));
  return [];
}

/** The line in the file where the body starts (after the closing ---). */
function bodyStartLine(source: string): number {
  const end = source.indexOf('\n---', 4);
  return source.slice(0, end + 4).split('\n').length + 1;
}

/** An entry's RFC citations: its sources, then citations written in its front matter text and body. */
export function entryCitations(data: Record<string, unknown>, body: string, firstBodyLine: number): RfcCitation[] {
  const sources = ((data['sources'] ?? []) as Source[]).flatMap((s, i): RfcCitation[] => {
    const where = `sources[${i}]`;
    if (s.rfc !== undefined && s.section !== undefined)
      return [{ rfc: s.rfc, section: s.section, context: s.note ?? '', where, kind: 'source' }];
    const titled = s.title === undefined ? undefined : citationInTitle(s.title);
    return titled === undefined ? [] : [{ ...titled, context: s.note ?? '', where, kind: 'source' }];
  });
  const fields = Object.entries(data)
    .filter(([key]) => key !== 'sources')
    .flatMap(([key, value]) => stringsOf(value, key));
  const inFields = fields.flatMap(({ path, text }) =>
    citationsInProse(text).map((c) => ({ ...c, where: `field "${path}"` })),
  );
  return [...sources, ...inFields, ...citationsInProse(body, firstBodyLine)];
}

/** Every entry on disk, as the RFC checks see it, with the replies its prose attributes to an RFC. */
export function readEntryFacts(): (EntryFacts & { kind: string; quotes: RfcQuote[] })[] {
  return readEntries().map((e) => {
    const source = readFileSync(join(new URL('../../', import.meta.url).pathname, e.file), 'utf8');
    return {
      file: e.file,
      code: String(e.data['code']),
      kind: String(e.data['kind']),
      rfcText: e.data['rfcText'] as string | undefined,
      commands: (e.data['commands'] ?? []) as string[],
      greeting: e.data['greeting'] as boolean | undefined,
      citations: entryCitations(e.data, e.body, bodyStartLine(source)),
      // Quotations are read from the whole file, so a line number points into it.
      quotes: quotesInProse(source),
    };
  });
}

/** Every guide's RFC citations and the replies it attributes to an RFC, with the guide's path. */
export function readGuideCitations(): { file: string; citations: RfcCitation[]; quotes: RfcQuote[] }[] {
  return readdirSync(GUIDES_DIR)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `content/guides/${name}`;
      const source = readFileSync(join(GUIDES_DIR, name), 'utf8');
      const { body } = splitFrontMatter(source, file);
      return { file, citations: citationsInProse(body, bodyStartLine(source)), quotes: quotesInProse(source) };
    });
}
