/**
 * Loads Pagefind's browser API once, on demand. The file exists only in a production
 * build (the index is written by src/integrations/pagefind.ts).
 */

/** One result's loaded data, as Pagefind returns it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One search result before its data is loaded. */
export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}

/** The part of Pagefind's API this site uses. */
export interface PagefindApi {
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string[]> }) => Promise<{ results: Result[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Pagefind, initialised; the first call fetches it. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.init();
    return api;
  })();
  return loading;
}
