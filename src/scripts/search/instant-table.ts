/**
 * Holds the instant-answer table for the search box. The page's loader preloads the file
 * when a search box gets focus or the pointer comes near it, so this fetch finds it on its way.
 */
import type { InstantTable } from '../../lib/instant-table.ts';
import { instantTableUrl } from '../../lib/urls.ts';
import { prepareTable, type PreparedTable } from './instant-answers.ts';

let table: Promise<PreparedTable> | undefined;

/** The table, fetched and prepared once; a failed fetch may be retried by the next call. */
export function loadInstantTable(): Promise<PreparedTable> {
  table ??= (async () => {
    const url = instantTableUrl();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} for ${url}`);
    return prepareTable((await response.json()) as InstantTable);
  })();
  table.catch(() => {
    table = undefined;
  });
  return table;
}
