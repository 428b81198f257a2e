/**
 * Instant answers: what the local table (src/lib/instant-table.ts) can say about a query
 * before the full-text index has loaded. It recognises a pair of codes, a code number in a
 * pasted reply or log line, and a reply text or a program's wording, typed or pasted. Pure
 * (no DOM), so the unit tests run it against the real collection.
 */
import type { InstantCode, InstantTable } from '../../lib/instant-table.ts';
import { escapeHtml } from '../../lib/inline-markup.ts';
import { codeUrl, compareUrl } from '../../lib/urls.ts';
import { exactPair, type KnownCodes } from './query.ts';

/** One instant result, shaped like a Pagefind result so one renderer draws both. */
export interface InstantHit {
  url: string;
  /** Escaped text with <mark> around the part that matched. */
  excerpt: string;
  meta: { type: 'code' | 'comparison'; code?: string; pair?: string; label: string };
}

/** A text that names a code: its literal parts (placeholders such as <file> split them), normalised. */
interface Pattern {
  parts: string[];
  /** The number of letters and digits in the parts: how much of a query it can explain. */
  size: number;
  /** The text as shown, and who says it. */
  text: string;
  source: string;
}

/** The table, ready to match: the codes and their patterns. */
export interface PreparedTable {
  codes: ReadonlyMap<string, InstantCode>;
  patterns: ReadonlyMap<string, Pattern[]>;
}

/** Lower case, apostrophes dropped ("Can't" = "cant"), everything else but letters and digits a single space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A wording's literal parts: "<file>: Permission denied" gives ["permission denied"]. */
function patternOf(text: string, source: string): Pattern {
  const parts = text
    .split(/<[^>]*>|%[a-z]/i)
    .map(normalise)
    .filter((p) => p.length > 0);
  return { parts, size: parts.reduce((n, p) => n + p.replaceAll(' ', '').length, 0), text, source };
}

/** Builds the lookup structures once, when the table arrives. */
export function prepareTable(table: InstantTable): PreparedTable {
  const codes = new Map(table.codes.map((c) => [c.code, c]));
  const patterns = new Map(
    table.codes.map((c) => [
      c.code,
      [
        patternOf(c.title, ''),
        ...(c.reply !== undefined ? [patternOf(c.reply, 'RFC reply text')] : []),
        ...(c.symbol !== undefined ? [patternOf(c.symbol, 'Winsock')] : []),
        ...c.wordings.map((w) => patternOf(w.text, w.program)),
      ].filter((p) => p.size > 0),
    ]),
  );
  return { codes, patterns };
}

/**
 * The first known code in a query that stands as a reply code: not part of an address,
 * a time or a longer number ("227 Entering Passive Mode (192,0,2,10,195,80)" gives 227).
 */
export function codeInQuery(query: string, codes: KnownCodes): { code: string; at: number } | undefined {
  for (const match of query.matchAll(/(?<![\d.,:/])(\d{3,5})(?![\d,:/]|\.\d)/g)) {
    if (codes.has(match[1] as string)) return { code: match[1] as string, at: match.index };
  }
  return undefined;
}

/** Whether the parts occur in the query in order, as whole words. */
function containsInOrder(query: string, parts: string[]): boolean {
  let from = 0;
  const padded = ` ${query} `;
  for (const part of parts) {
    const at = padded.indexOf(` ${part} `, from);
    if (at < 0) return false;
    from = at + part.length + 1;
  }
  return true;
}

/**
 * How well a pattern explains a query, 0 for not at all. Above 1: the whole pattern is in
 * the query (a pasted line), more so the more of the query it covers. Up to 1: the query is
 * the start of the pattern (a reply text being typed), more so the more of it is typed; two
 * words are not enough, or "data connection" would answer "Data connections must be encrypted".
 */
function scoreOf(query: string, letters: number, pattern: Pattern): number {
  // A pattern must be long enough not to match by accident ("OK" is in many lines).
  if (pattern.size >= 6 && containsInOrder(query, pattern.parts))
    return 1 + pattern.size / Math.max(letters, pattern.size);
  const first = pattern.parts[0] as string;
  if (letters < 6 || !first.startsWith(query)) return 0;
  const share = letters / pattern.size;
  const words = query.split(' ').length;
  return share >= 0.75 || (words >= 3 && share >= 0.5) ? share : 0;
}

/** The escaped text of a matched pattern, marked, with who says it. */
function excerptOf(pattern: Pattern): string {
  return `${pattern.source === '' ? '' : `${escapeHtml(pattern.source)}: `}<mark>${escapeHtml(pattern.text)}</mark>`;
}

/** A code's hit, with an excerpt that shows what it answers to. */
function codeHit(entry: InstantCode, pattern: Pattern | undefined): InstantHit {
  const shown =
    pattern ??
    patternOf(
      entry.reply ?? entry.symbol ?? entry.title,
      entry.reply !== undefined ? 'RFC reply text' : entry.symbol !== undefined ? 'Winsock' : '',
    );
  return {
    url: codeUrl(entry.code),
    excerpt: excerptOf(shown),
    meta: { type: 'code', code: entry.code, label: entry.title },
  };
}

/** At most this many instant answers: they come before the full-text results, so they must be sure. */
export const MAX_INSTANT_ANSWERS = 2;

/**
 * The instant answers to a query, best first: the comparison a pair of codes names; else
 * the code a reply or log line carries, then the codes whose texts match the query.
 */
export function instantAnswers(query: string, table: PreparedTable): InstantHit[] {
  const pair = exactPair(query, table.codes);
  if (pair !== undefined) {
    const a = table.codes.get(pair[0]) as InstantCode;
    const b = table.codes.get(pair[1]) as InstantCode;
    // Lower code first, as in the comparison's own URL and title.
    const [low, high] = Number(a.code) <= Number(b.code) ? [a, b] : [b, a];
    return [
      {
        url: compareUrl(low.code, high.code),
        excerpt: excerptOf(patternOf(`${low.code} ${low.title} vs ${high.code} ${high.title}`, '')),
        meta: { type: 'comparison', pair: `${low.code} vs ${high.code}`, label: `${low.title} vs ${high.title}` },
      },
    ];
  }
  const found = codeInQuery(query, table.codes);
  const named = found?.code;
  // The rest of the line, without the code, is what the texts are matched against.
  const text = normalise(
    found === undefined ? query : `${query.slice(0, found.at)} ${query.slice(found.at + found.code.length)}`,
  );
  const letters = text.replaceAll(' ', '').length;
  const ranked: { code: string; score: number; matches: number; pattern: Pattern }[] = [];
  if (letters >= 4) {
    for (const [code, patterns] of table.patterns) {
      let best: { score: number; pattern: Pattern } | undefined;
      let matches = 0;
      for (const pattern of patterns) {
        const score = scoreOf(text, letters, pattern);
        if (score > 0) matches += 1;
        if (score > (best?.score ?? 0)) best = { score, pattern };
      }
      if (best !== undefined) ranked.push({ code, score: best.score, matches, pattern: best.pattern });
    }
  }
  // Equal scores (one wording printed for several codes): the code with more matching texts first.
  ranked.sort((x, y) => y.score - x.score || y.matches - x.matches);
  const hits: InstantHit[] = [];
  if (named !== undefined) {
    const own = ranked.find((r) => r.code === named);
    hits.push(codeHit(table.codes.get(named) as InstantCode, own?.pattern));
  }
  for (const r of ranked) {
    if (hits.length >= MAX_INSTANT_ANSWERS) break;
    if (r.code === named) continue;
    // Beside a code named in the line, only a full match of the rest is worth showing.
    if (named !== undefined && r.score <= 1) continue;
    hits.push(codeHit(table.codes.get(r.code) as InstantCode, r.pattern));
  }
  return hits;
}
