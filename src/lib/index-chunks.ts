/**
 * Completing Pagefind's prefix matches. Pagefind also matches each word of a query as a prefix
 * ("conn" finds "connection"), but for each word it fetches only the index chunk whose word
 * range holds the word itself: words that start with it and sorted into a later chunk are not
 * there to match. With small chunks (src/integrations/pagefind.ts) that happens often while a
 * word is being typed. The build lists every chunk (chunkEntries); the search box names the
 * words that make Pagefind fetch the later chunks too (laterChunkWords).
 */

/** Punctuation that Pagefind's browser script drops from a query before looking words up. */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/**
 * One chunk as the search box needs it: the first word of its range and, when that word is not
 * one Pagefind can be asked for (it keeps a closing quote in words such as okay”, but drops it
 * from queries), a word that is, from the same chunk.
 */
export type ChunkEntry = [first: string] | [first: string, probe: string];

/** The words of a query as Pagefind looks them up: lower case, without punctuation. */
export function lookupWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(DROPPED, '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** Whether asking Pagefind for this word looks up exactly this word. */
const askable = (word: string): boolean => lookupWords(word).join(' ') === word;

/**
 * The list the build writes, from the chunks' word ranges in order: each chunk's first word,
 * with its last word as the probe when only that one can be asked for; a chunk with neither
 * is left out (its words can only be reached through the chunk Pagefind picks itself).
 */
export function chunkEntries(ranges: readonly { from: string; to: string }[]): ChunkEntry[] {
  return ranges.flatMap(({ from, to }): ChunkEntry[] => {
    if (askable(from)) return [[from]];
    return askable(to) ? [[from, to]] : [];
  });
}

/**
 * For each word of the query, the words that make Pagefind fetch the chunks after the word's
 * own that hold words starting with it. A word of one letter can need many (25 chunks, about
 * 50 KB, for "s" here; Pagefind's default chunking fetched one chunk of 26 KB and missed the
 * rest); they hold every chunk the next letters of that word need, so those fetch nothing more.
 */
export function laterChunkWords(query: string, chunks: readonly ChunkEntry[]): string[] {
  const later = lookupWords(query).flatMap((word) =>
    chunks
      .filter(([first]) => first.length > word.length && first.startsWith(word))
      .map(([first, probe]) => probe ?? first),
  );
  return [...new Set(later)];
}
