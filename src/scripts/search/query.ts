/**
 * Small pure helpers for reading what a reader typed into a search box. They run on every
 * page before any search script has loaded (Enter on a code or a pair), so they stay tiny.
 */

/** Anything that can say whether a code is one we have: a Set of codes, or a Map keyed by code. */
export interface KnownCodes {
  has(code: string): boolean;
}

/** The code a query names exactly ("425", " 425 ", "FTP 425"), when it is one we have. */
export function exactCode(query: string, codes: KnownCodes): string | undefined {
  const match = /^\s*(?:ftp\s+)?(\d{3,5})\s*$/i.exec(query);
  const code = match?.[1];
  return code !== undefined && codes.has(code) ? code : undefined;
}

/**
 * The two codes a query names as a pair, when both are ones we have: "425 vs 426",
 * "426 vs. 425", "425 426", "425 and 426", "425 or 426", "425/426", "FTP 425 vs FTP 426",
 * "difference between 425 and 426", "what is the difference between 425 and 426?".
 * The codes come back in the order typed; compareUrl puts them in canonical order.
 */
export function exactPair(query: string, codes: KnownCodes): [string, string] | undefined {
  const match =
    /^\s*(?:what(?:'s| is)\s+the\s+)?(?:difference\s+between\s+)?(?:ftp\s+)?(\d{3,5})\s*(?:vs\.?|versus|and|or|&|\/|,|-|compared\s+(?:to|with))?\s*(?:ftp\s+)?(\d{3,5})\s*\??\s*$/i.exec(
      query,
    );
  const a = match?.[1];
  const b = match?.[2];
  if (a === undefined || b === undefined || a === b || !codes.has(a) || !codes.has(b)) return undefined;
  return [a, b];
}

/** Words that carry no topic: question words, auxiliaries, articles, pronouns, some prepositions, "vs". */
const FILLER = new Set([
  'what',
  'whats',
  "what's",
  'how',
  'why',
  'when',
  'where',
  'which',
  'who',
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'can',
  'should',
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'in',
  'on',
  'at',
  'between',
  'and',
  'or',
  'i',
  'my',
  'me',
  'it',
  'its',
  'this',
  'that',
  'with',
  'mean',
  'means',
  'vs',
  'versus',
]);

/**
 * The query as the full-text index should get it. Pagefind lists only pages that contain
 * every word, so the filler of a question ("what is the difference between ...") would shut
 * out the page that answers it; those words are dropped, unless nothing else is left or the
 * query quotes an exact phrase.
 */
export function fullTextQuery(query: string): string {
  if (query.includes('"')) return query;
  const words = query.split(/\s+/).filter((w) => w.length > 0);
  const kept = words.filter((w) => !FILLER.has(w.toLowerCase().replace(/[?,.!:;]+$/, '')));
  return kept.length === 0 ? query : kept.join(' ');
}

/**
 * The full-text query of a box that searches at every keystroke: fullTextQuery without a last
 * word of one character, a word still being typed. Pagefind would match it as the prefix of
 * every indexed word with that letter, a search that kept the page busy for 50-70 ms on the
 * bench machine, and the next key comes before its results could help. Empty when nothing is left.
 */
export function typedFullTextQuery(query: string): string {
  const words = fullTextQuery(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const last = words.at(-1);
  if (last !== undefined && [...last].length === 1 && !query.includes('"')) words.pop();
  return words.join(' ');
}
