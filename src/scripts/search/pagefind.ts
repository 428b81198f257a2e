/**
 * Loads Pagefind's browser API once, on demand. The file exists only in a production
 * build (the index is written by src/integrations/pagefind.ts).
 */
import { pagefindScriptUrl } from '../../lib/urls.ts';
/** One result's loaded data, as Pagefind returns it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One search result before its data (its fragment) is loaded. */
export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}

/** The part of Pagefind's API this site uses. */
export interface PagefindApi {
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: Result[] } | null>;
  /** Fetches the index chunks a query needs, without searching. */
  preload: (query: string) => Promise<void>;
}

/** The module's own shape: createInstance gives an instance whose init() waits until search is ready. */
interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker?: boolean }) => PagefindApi & {
    init: () => Promise<void>;
    options: (options: { ranking: Record<string, number> }) => Promise<void>;
  };
}

/**
 * Pagefind's ranking, changed in one place: its default length penalty (pageLength 0.75)
 * ranks a guide that answers a question ("why does the directory listing hang?") below
 * short code pages that use its words once; 0.2 lets the guide through, and the relevance
 * suite (tests/e2e/relevance-queries.ts) holds with it.
 */
const RANKING = { pageLength: 0.2 };

/**
 * A search run once as Pagefind becomes ready, before the reader's first query: the first
 * search of a page pays for compiling Pagefind's WebAssembly search code (measured at about
 * 60-80 ms on the bench machine), and this one pays it ahead. The term sorts last, so it
 * fetches only the last index chunk (about 1 KB here) and matches nothing.
 */
const WARM_UP_TERM = 'zzzz';

let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind, ready to search; the first call fetches the script, which fetches the entry file,
 * the WebAssembly (already on its way: SearchLoader preloads it) and the metadata. The
 * module-level init() of Pagefind returns before that work is done, and a search sent early
 * polls for it every 50 ms, so this waits on the instance's own init() instead.
 *
 * Pagefind runs in the page, not in its worker (noWorker). The worker is one more file and one
 * more round trip before anything else can load, and it fetches the WebAssembly itself, where
 * the page's preload cannot serve it. Its gain, searching off the main thread, is small for an
 * index this size: on the bench machine no task while typing took 50 ms, and the first
 * full-text row of a warm query came in 29 ms instead of 53 ms (bench, 2026-12-03).
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = pagefindScriptUrl();
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    const basePath = url.slice(0, url.lastIndexOf('/') + 1);
    const instance = module.createInstance({ basePath, noWorker: true });
    await instance.init();
    await instance.options({ ranking: RANKING });
    instance.search(WARM_UP_TERM).catch(() => undefined);
    return instance;
  })();
  // A failed load (offline, a dev server without an index) may be retried by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
