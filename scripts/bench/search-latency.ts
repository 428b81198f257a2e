/**
 * Search latency as a reader meets it, for this site and for the same content in Starlight,
 * on a fast connection and on an emulated slow one (Chromium's DevTools protocol, which
 * also throttles Pagefind's worker). A cold query: a new browser context opens the home page,
 * the pointer moves to the search box (Starlight: its search button) and clicks it 400 ms
 * later, and the query arrives at once as one input event (a paste, or a fast typist).
 * Warm queries follow in the same page. Time runs from the input event to the first result
 * painted: for this site the first row of the current query (an instant answer counts), the
 * first full-text row (drawn from the table of result heads, its excerpt still loading) and
 * the first full-text row with its excerpt (each, or the end of the search, when Pagefind only
 * repeats the instant answers); for Starlight the first result of the query with its title
 * and excerpt loaded.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';

/** The two connections measured. */
const NETWORKS = {
  fast: undefined,
  slow: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 1_600_000 / 8 },
} as const;

/** How each site's search is opened and how its results are recognised. */
export interface SearchSite {
  name: string;
  url: string;
  /** The element the pointer goes to and clicks. */
  opener: string;
  /** The text box that takes the query once open. */
  input: string;
  /** A script body, given `query`, true once the first result of that query is in the page. */
  firstResult: string;
  /** The same for the full-text results, when they differ. */
  fullText?: string;
  /** The same for a full-text result with its excerpt, when it may be drawn without. */
  withExcerpt?: string;
}

/** This site: the header box; rows of an earlier query are marked stale. */
export const THIS_SITE = (url: string): SearchSite => ({
  name: 'this site',
  url,
  opener: '#header-search',
  input: '#header-search',
  firstResult: "return document.querySelector('#header-search-results a.result:not(.stale)') !== null;",
  fullText:
    "return document.querySelector('#header-search-results a.result:not(.stale):not(.instant)') !== null || document.querySelector('header .live-results')?.dataset.done === query;",
  withExcerpt:
    "return document.querySelector('#header-search-results a.result:not(.stale):not(.instant):not(.excerpt-pending)') !== null || document.querySelector('header .live-results')?.dataset.done === query;",
});

/** Starlight: the search button opens a dialog with Pagefind's default UI. */
export const STARLIGHT = (url: string): SearchSite => ({
  name: 'Starlight',
  url,
  opener: 'button[data-open-modal]',
  input: '#starlight__search input.pagefind-ui__search-input',
  // The result list exists only once a search has finished; the message names its query.
  firstResult:
    "const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? ''; return message.includes(query) && document.querySelector('#starlight__search ol.pagefind-ui__results .pagefind-ui__result-link') !== null;",
});

/** One measured query. */
interface Sample {
  firstMs: number;
  fullMs: number;
  excerptMs: number;
  bytes: number;
  requests: number;
}

/** Network traffic as the browser saw it (workers included), for per-query bytes and requests. */
function trafficMeter(context: BrowserContext): () => { bytes: number; requests: number } {
  let bytes = 0;
  let requests = 0;
  context.on('requestfinished', (request) => {
    requests += 1;
    void request
      .sizes()
      .then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      })
      .catch(() => undefined);
  });
  return () => ({ bytes, requests });
}

/** The times of one query, from the input event. */
type Times = Pick<Sample, 'firstMs' | 'fullMs' | 'excerptMs'>;

/** Sends the query as one input event and times the first result, the first full-text result and its excerpt. */
async function timeQuery(page: Page, site: SearchSite, query: string): Promise<Times> {
  return page.evaluate(
    async ({ inputSelector, query, first, full, excerpt }) => {
      // The bench's own predicates, which reach the page as source text (a function cannot cross).
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const firstResult = new Function('query', first) as (q: string) => boolean;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const fullText = new Function('query', full) as (q: string) => boolean;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const withExcerpt = new Function('query', excerpt) as (q: string) => boolean;
      const input = document.querySelector<HTMLInputElement>(inputSelector);
      if (input === null) throw new Error(`no ${inputSelector}`);
      // A frame boundary first, so the clock starts on an idle main thread.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      let firstMs = -1;
      let fullMs = -1;
      let excerptMs = -1;
      const deadline = started + 30_000;
      // Checked every frame: a result found in a frame's callback is painted in that frame.
      while ((firstMs < 0 || fullMs < 0 || excerptMs < 0) && performance.now() < deadline) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now() - started;
        if (firstMs < 0 && firstResult(query)) firstMs = now;
        if (fullMs < 0 && fullText(query)) fullMs = now;
        if (excerptMs < 0 && withExcerpt(query)) excerptMs = now;
      }
      if (firstMs < 0 || fullMs < 0 || excerptMs < 0) throw new Error(`no result for "${query}" within 30 s`);
      return { firstMs, fullMs, excerptMs };
    },
    {
      inputSelector: site.input,
      query,
      first: site.firstResult,
      full: site.fullText ?? site.firstResult,
      excerpt: site.withExcerpt ?? site.fullText ?? site.firstResult,
    },
  );
}

/** A page of the site on the given connection, loaded and idle, with a traffic meter. */
async function openSite(
  browser: Browser,
  site: SearchSite,
  network: keyof typeof NETWORKS,
): Promise<{ context: BrowserContext; page: Page; traffic: () => { bytes: number; requests: number } }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const traffic = trafficMeter(context);
  const page = await context.newPage();
  const conditions = NETWORKS[network];
  if (conditions !== undefined) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', conditions);
  }
  await page.goto(site.url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { context, page, traffic };
}

/** One cold query: the pointer approaches, clicks 400 ms later, and the query arrives. */
async function coldQuery(
  browser: Browser,
  site: SearchSite,
  network: keyof typeof NETWORKS,
  query: string,
): Promise<Sample> {
  const { context, page, traffic } = await openSite(browser, site, network);
  try {
    const before = traffic();
    await page.locator(site.opener).hover();
    await page.waitForTimeout(400);
    await page.locator(site.opener).click();
    const times = await timeQuery(page, site, query);
    await page.waitForTimeout(500);
    const after = traffic();
    return { ...times, bytes: after.bytes - before.bytes, requests: after.requests - before.requests };
  } finally {
    await context.close();
  }
}

/** Warm queries in one page, after a first query has loaded everything. */
async function warmQueries(
  browser: Browser,
  site: SearchSite,
  network: keyof typeof NETWORKS,
  first: string,
  queries: string[],
): Promise<Sample[]> {
  const { context, page, traffic } = await openSite(browser, site, network);
  try {
    await page.locator(site.opener).click();
    await timeQuery(page, site, first);
    const samples: Sample[] = [];
    for (const query of queries) {
      await page.waitForTimeout(600);
      const before = traffic();
      const times = await timeQuery(page, site, query);
      await page.waitForTimeout(500);
      const after = traffic();
      samples.push({ ...times, bytes: after.bytes - before.bytes, requests: after.requests - before.requests });
    }
    return samples;
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** The figures of one site on one connection. */
export interface SearchFigures {
  coldFirstMs: number;
  coldFullMs: number;
  coldExcerptMs: number;
  warmFirstMs: number;
  warmFullMs: number;
  warmExcerptMs: number;
  coldBytes: number;
  coldRequests: number;
  warmBytes: number;
  warmRequests: number;
}

/** Query texts: the cold one has no instant answer on this site, so it waits for the full text. */
const COLD_QUERY = 'data connection';
/** Warm queries: symptoms and reply texts, none a substring of another. */
const WARM_QUERIES = [
  'permission denied',
  'not logged in',
  'passive mode',
  'transfer aborted',
  'too many connections',
  'directory listing',
];

/** Measures one site on one connection: cold (median of `coldRuns`) and warm (median of the queries). */
export async function measureSearch(
  site: SearchSite,
  network: keyof typeof NETWORKS,
  coldRuns = 3,
): Promise<SearchFigures> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const cold: Sample[] = [];
    for (let run = 0; run < coldRuns; run += 1) cold.push(await coldQuery(browser, site, network, COLD_QUERY));
    const warm = await warmQueries(browser, site, network, COLD_QUERY, WARM_QUERIES);
    return {
      coldFirstMs: Math.round(median(cold.map((s) => s.firstMs))),
      coldFullMs: Math.round(median(cold.map((s) => s.fullMs))),
      coldExcerptMs: Math.round(median(cold.map((s) => s.excerptMs))),
      warmFirstMs: Math.round(median(warm.map((s) => s.firstMs))),
      warmFullMs: Math.round(median(warm.map((s) => s.fullMs))),
      warmExcerptMs: Math.round(median(warm.map((s) => s.excerptMs))),
      coldBytes: Math.round(median(cold.map((s) => s.bytes))),
      coldRequests: median(cold.map((s) => s.requests)),
      warmBytes: Math.round(median(warm.map((s) => s.bytes))),
      warmRequests: median(warm.map((s) => s.requests)),
    };
  } finally {
    await browser.close();
  }
}
