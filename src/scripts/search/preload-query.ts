/**
 * Fetches the index chunks a full-text query needs before the query runs: the chunks Pagefind
 * picks for its words, and the later chunks holding words that start with them, which Pagefind
 * would not look in (src/lib/index-chunks.ts). The list of chunks comes from a small file written
 * with the index, fetched when the live search is prepared: it is needed only once Pagefind is
 * ready, which takes several round trips more.
 */
import { laterChunkWords, type ChunkEntry } from '../../lib/index-chunks.ts';
import { indexChunksUrl } from '../../lib/urls.ts';
import { loadPagefind } from './pagefind.ts';

let chunks: Promise<ChunkEntry[]> | undefined;

/** The list of index chunks, fetched once; a failed fetch may be retried by the next call. */
export function loadChunkList(): Promise<ChunkEntry[]> {
  chunks ??= (async () => {
    const url = indexChunksUrl();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} for ${url}`);
    return (await response.json()) as ChunkEntry[];
  })();
  chunks.catch(() => {
    chunks = undefined;
  });
  return chunks;
}

/**
 * Starts fetching every chunk the query needs; resolves once a search may run, that is at once
 * when Pagefind's own picks are all it needs (the search waits for those itself), otherwise
 * when the later chunks are in too. Without the list of chunks (a failed fetch) only
 * Pagefind's own picks are fetched, as Pagefind itself would.
 */
export async function preloadQuery(query: string): Promise<void> {
  const [pagefind, known] = await Promise.all([loadPagefind(), loadChunkList().catch(() => [])]);
  const later = laterChunkWords(query, known);
  const loading = pagefind.preload([query, ...later].join(' '));
  if (later.length > 0) await loading;
  else loading.catch(() => undefined);
}
