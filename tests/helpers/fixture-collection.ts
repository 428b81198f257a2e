/**
 * A small collection cut from the real one, for builds that need every kind of page but not
 * every page: the chosen entries and guides as they are, minus their links to codes left out
 * (a `related` item is dropped, a <CodeRef> becomes the plain number), so the cut builds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CODES_DIR, GUIDES_DIR, splitFrontMatter } from './entries.ts';

/**
 * The codes the guides and their components show as reply lines (125, 150, 200, 220, 221,
 * 226, 227, 229, 230, 234, 331, 421, 426, 530), and a spread of the rest: an obsolete reply
 * (110), a transient and a permanent failure (425, 500), a protected reply (631) and a socket
 * error (10054). Curated pairs among them: 425/426, 150/226, 227/229, 331/530.
 */
const FIXTURE_CODES = [
  '110',
  '125',
  '150',
  '200',
  '220',
  '221',
  '226',
  '227',
  '229',
  '230',
  '234',
  '331',
  '421',
  '425',
  '426',
  '500',
  '530',
  '631',
  '10054',
];

/** Replaces links to codes outside `keep` by the plain number. */
function unlinkOthers(body: string, keep: ReadonlySet<string>): string {
  return body.replace(/<CodeRef code="(\d+)" \/>/g, (link, code: string) => (keep.has(code) ? link : code));
}

/** The MDX text of a real entry, with its links to codes outside `keep` removed. */
function cutEntry(file: string, keep: ReadonlySet<string>): string {
  const source = readFileSync(join(CODES_DIR, file), 'utf8');
  const { body } = splitFrontMatter(source, file);
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  const doc = parseDocument(front);
  const related = doc.get('related') as { items: { get(key: string): unknown }[] } | undefined;
  if (related !== undefined) {
    related.items = related.items.filter((item) => keep.has(String(item.get('code'))));
    if (related.items.length === 0) doc.delete('related');
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${unlinkOthers(body, keep)}`;
}

/** content/codes/ and content/guides/ for a copy of the project, cut down to `codes`. */
export function fixtureCollection(codes: readonly string[] = FIXTURE_CODES): {
  codes: Record<string, string>;
  guides: Record<string, string>;
} {
  const keep = new Set(codes);
  const entries = Object.fromEntries(codes.map((code) => [`${code}.mdx`, cutEntry(`${code}.mdx`, keep)]));
  const guides = Object.fromEntries(
    readdirSync(GUIDES_DIR)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => [name, unlinkOthers(readFileSync(join(GUIDES_DIR, name), 'utf8'), keep)]),
  );
  return { codes: entries, guides };
}
