/**
 * Completing Pagefind's prefix matches. Pagefind also matches each word of a query as a prefix
 * ("conn" finds "connection"), but for each word it fetches only the index chunk whose word
 * range holds the word itself: words that start with it and sorted into a later chunk are not
 * there to match. With small chunks (src/integrations/pagefind.ts) that happens often while a
 * word is being typed. Given the first word of every chunk, these helpers name the words that
 * make Pagefind fetch those later chunks too.
 */

/** Punctuation that Pagefind's browser script drops from a query before looking words up. */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/**
 * At most this many later chunks per word. Only a word of one letter has more (up to 25 here,
 * 50 KB); the first dozen hold about the words Pagefind's default chunking would give it
 * (one chunk of 20,000 locations), and the next keystroke narrows the word anyway.
 */
const MAX_LATER_CHUNKS = 12;

/** The words of a query as Pagefind looks them up: lower case, without punctuation. */
export function lookupWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(DROPPED, '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/**
 * For each word of the query, the first words of the chunks after the word's own that hold
 * words starting with it (at most MAX_LATER_CHUNKS, in word order). Asking Pagefind to
 * preload these words fetches exactly those chunks. `starts` lists the first word of every
 * chunk in order, as the build writes it.
 */
export function laterChunkWords(query: string, starts: readonly string[]): string[] {
  const later = lookupWords(query).flatMap((word) =>
    starts.filter((start) => start.length > word.length && start.startsWith(word)).slice(0, MAX_LATER_CHUNKS),
  );
  return [...new Set(later)];
}
