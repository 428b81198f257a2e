/**
 * Holds the table of result heads (src/lib/result-heads.ts) for the search box, fetched when
 * search is prepared, beside Pagefind: a result can then be drawn as soon as Pagefind names it.
 */
import type { ResultHeads } from '../../lib/result-heads.ts';
import { resultHeadsUrl } from '../../lib/urls.ts';

let heads: Promise<ResultHeads> | undefined;
let loaded: ResultHeads | undefined;

/** The table, fetched once; a failed fetch may be retried by the next call. */
export function loadResultHeads(): Promise<ResultHeads> {
  heads ??= (async () => {
    const url = resultHeadsUrl();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} for ${url}`);
    loaded = (await response.json()) as ResultHeads;
    return loaded;
  })();
  heads.catch(() => {
    heads = undefined;
  });
  return heads;
}

/** The table if it has arrived; a search never waits for it, as its rows can wait for their fragments instead. */
export const resultHeadsIfLoaded = (): ResultHeads | undefined => loaded;
