/**
 * Search on the production build, through the header box as a reader uses it: instant
 * answers from the local table, then Pagefind's full-text results; the index's contents;
 * what loads when; the search page.
 */
import { test, expect, type Page } from '@playwright/test';
import { CODES } from '../helpers/expected.ts';
import { readEntries } from '../helpers/entries.ts';
import { RELEVANCE } from './relevance-queries.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import {
  codeUrl,
  compareUrl,
  indexChunksUrl,
  instantTableUrl,
  pagefindScriptUrl,
  pagefindWasmUrl,
  resultHeadsUrl,
  searchUrl,
} from '../../src/lib/urls.ts';

/** Every curated pair (a `related` item with a `test` line), as its canonical comparison URL. */
const CURATED = [
  ...new Set(
    readEntries().flatMap((e) =>
      ((e.data['related'] as { code: string; test?: string }[] | undefined) ?? [])
        .filter((r) => r.test !== undefined)
        .map((r) => compareUrl(String(e.data['code']), r.code)),
    ),
  ),
].sort();

const box = (page: Page) => page.locator('#header-search');
const panel = (page: Page) => page.locator('header .live-results');
/** The results of the current query; rows of the previous query (dimmed while new ones load) excluded. */
const rows = (page: Page) => page.locator('#header-search-results a.result:not(.stale)');

/** Every result fragment the page asks for from now on, as URLs (the list fills as requests go out). */
function fragmentRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/fragment/')) urls.push(r.url());
  });
  return urls;
}

/**
 * Holds back every result fragment, as a slow connection would, until the returned function is
 * called: what the page draws before its excerpts arrive.
 */
async function holdFragments(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Types a query into the header box and returns the result URLs once full-text results are in. */
async function liveSearch(page: Page, query: string): Promise<string[]> {
  await box(page).fill(query);
  await expect(panel(page)).toHaveAttribute('data-done', query.trim());
  return rows(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

// Every code is checked against the instant table in tests/unit/instant-answers.test.ts; here
// the first code of each class, and the longest number, go through the page, full-text rows included.
test('typing a code number puts its page first, for one code of each class', async ({ page }) => {
  const sample = [
    ...new Set([
      ...['1', '2', '3', '4', '5', '6'].flatMap((d) => CODES.find((c) => c.startsWith(d)) ?? []),
      ...CODES.filter((c) => c.length > 3).slice(0, 1),
    ]),
  ];
  expect(sample.length).toBeGreaterThanOrEqual(5);
  await page.goto('/');
  const wrong: string[] = [];
  for (const code of sample) {
    const urls = await liveSearch(page, code);
    if (urls[0] !== codeUrl(code)) wrong.push(`${code} -> ${urls[0]}`);
  }
  expect(wrong).toEqual([]);
});

test(`a relevance suite of ${RELEVANCE.length} real-world queries finds the expected page`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const misses: string[] = [];
  for (const r of RELEVANCE) {
    const urls = await liveSearch(page, r.query);
    const ok = r.top === 1 ? urls[0] === r.expect : urls.slice(0, 3).includes(r.expect);
    if (!ok) misses.push(`"${r.query}": expected ${r.expect} in top ${r.top}, got ${urls.slice(0, 3).join(', ')}`);
  }
  expect(misses).toEqual([]);
});

test('the index holds code pages, guides and index pages, and of the comparisons only the curated ones', async ({
  page,
}) => {
  await page.goto('/');
  const urls = await page.evaluate(async (script: string) => {
    /** The part of Pagefind's browser API read here: a search for everything. */
    interface Pagefind {
      search(
        query: null,
        options: { filters: object },
      ): Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    }
    const pagefind = (await import(script)) as Pagefind;
    const all = await pagefind.search(null, { filters: {} });
    return Promise.all(all.results.map(async (r) => (await r.data()).url));
  }, pagefindScriptUrl());
  expect(urls.filter((u) => /^\/compare\/\d+-vs-\d+\/$/.test(u)).sort()).toEqual(CURATED);
  for (const code of CODES) expect(urls).toContain(codeUrl(code));
  expect(urls).toContain('/guides/active-vs-passive/');
  expect(urls).toContain('/classes/4xx/');
});

test.describe('without the full-text index (Pagefind blocked)', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/');
  });

  test('a pair of codes, however it is asked, shows the canonical comparison first, and Enter opens it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const pairs = allPairs(CODES);
    // Every curated pair, and a spread of the others (the unit tests cover every pair).
    const sample = [
      ...CURATED.map((u) => /(\d+)-vs-(\d+)/.exec(u)?.slice(1) as [string, string]),
      ...pairs.filter((_, i) => i % 97 === 0),
    ];
    const cases = sample.flatMap(([low, high]) =>
      [
        `${low} vs ${high}`,
        `${high} vs ${low}`,
        `${low} ${high}`,
        `${low} and ${high}`,
        `difference between ${low} and ${high}`,
      ].map((query) => ({ query, expected: compareUrl(low, high) })),
    );
    // The first case typed as a reader does, which also waits for the answer table to load...
    const [typed, ...rest] = cases as [(typeof cases)[number], ...typeof cases];
    await box(page).fill(typed.query);
    await expect(rows(page).first()).toHaveAttribute('href', typed.expected);
    // ...the others in the page, each an input event to the box: its handler draws the instant
    // answers before it returns, and one round trip per query would take most of the time.
    const wrong = await page.evaluate((all) => {
      const input = document.querySelector<HTMLInputElement>('#header-search');
      return all.flatMap(({ query, expected }) => {
        if (input === null) return ['no search box'];
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
        const first = document.querySelector('#header-search-results a.result:not(.stale)')?.getAttribute('href');
        return first === expected ? [] : [`${query} -> ${first}`];
      });
    }, rest);
    expect(rest.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    const [low, high] = sample[0] as [string, string];
    await box(page).fill(`${high} vs ${low}`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(compareUrl(low, high))),
      box(page).press('Enter'),
    ]);
    expect(response.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`${compareUrl(low, high)}$`));
  });

  test('a code number, a reply text and a pasted reply line show the code page first', async ({ page }) => {
    for (const [query, expected] of [
      ['425', '/codes/425/'],
      ["Can't open data connection", '/codes/425/'],
      ['Response:\t530 Login incorrect.', '/codes/530/'],
      ['< 550 Permission denied.', '/codes/550/'],
      ['Connection attempt failed with "ECONNREFUSED - Connection refused by server".', '/codes/10061/'],
    ]) {
      await box(page).fill(query as string);
      await expect(rows(page).first(), query).toHaveAttribute('href', expected as string);
    }
    // The full-text results could not load: the reader is told, and the answers stay.
    await expect(panel(page).locator('.live-empty')).toContainText('could not load');
    await expect(rows(page).first()).toHaveAttribute('href', '/codes/10061/');
  });
});

test('focus on the box (or the pointer near it) starts loading Pagefind before the first keystroke', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  const input = await box(page).boundingBox();
  await page.mouse.move((input?.x ?? 0) - 40, (input?.y ?? 0) + 10);
  const wanted = [
    pagefindScriptUrl(),
    '/pagefind/pagefind-entry.json',
    pagefindWasmUrl(),
    instantTableUrl(),
    indexChunksUrl(),
    resultHeadsUrl(),
  ];
  // The metadata file's name holds a hash, known only from the entry file.
  const missing = (): string[] => [
    ...wanted.filter((w) => !requested.includes(w)),
    ...(requested.some((p) => /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(p)) ? [] : ['the metadata file']),
  ];
  await expect.poll(missing).toEqual([]);
  // Pagefind runs in the page (src/scripts/search/pagefind.ts), and its WebAssembly is fetched once.
  expect(requested.filter((p) => p.includes('worker'))).toEqual([]);
  expect(requested.filter((p) => p === pagefindWasmUrl())).toHaveLength(1);
  // Nothing of a query has been fetched yet: no fragment, and no index chunk but the one
  // of the warm-up search (src/scripts/search/pagefind.ts).
  expect(requested.filter((p) => p.includes('/fragment/'))).toEqual([]);
  expect(requested.filter((p) => p.includes('/index/')).length).toBeLessThanOrEqual(1);
});

test('a query fetches no more fragments than the panel shows', async ({ page }) => {
  await page.goto('/');
  await box(page).focus();
  const fragments = fragmentRequests(page);
  await liveSearch(page, 'connection');
  expect(fragments.length).toBeGreaterThan(0);
  expect(fragments.length).toBeLessThanOrEqual(5);
  expect(await rows(page).count()).toBeLessThanOrEqual(5);
});

test('the fragment of a result that repeats an instant answer is not fetched', async ({ page }) => {
  await page.goto('/');
  const heads = (await (await page.request.get(resultHeadsUrl())).json()) as Record<string, { url: string }>;
  const id = Object.entries(heads).find(([, head]) => head.url === codeUrl('550'))?.[0];
  expect(id).toBeDefined();
  const fragments = fragmentRequests(page);
  const urls = await liveSearch(page, 'Permission denied');
  expect(urls[0]).toBe(codeUrl('550'));
  expect(fragments.length).toBeGreaterThan(0);
  expect(fragments.filter((url) => url.includes(`/${id}.pf_fragment`))).toEqual([]);
});

test('a full-text result is drawn with its title before its fragment arrives, and its excerpt follows', async ({
  page,
}) => {
  const release = await holdFragments(page);
  await page.goto('/');
  await box(page).fill('data connection');
  const first = page.locator('#header-search-results a.result:not(.instant)').first();
  await expect(first).toHaveClass(/excerpt-pending/);
  await expect(first.locator('.result-title')).not.toBeEmpty();
  expect(await first.locator('.result-excerpt').textContent()).toBe('');
  release();
  await expect(panel(page)).toHaveAttribute('data-done', 'data connection');
  await expect(first).not.toHaveClass(/excerpt-pending/);
  await expect(first.locator('.result-excerpt')).toContainText(/\w+/);
});

test('on a 360 px phone the results panel of the header box stays on the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await liveSearch(page, 'data connection');
  const panelBox = await panel(page).boundingBox();
  expect(panelBox).not.toBeNull();
  expect(panelBox!.x).toBeGreaterThanOrEqual(0);
  expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(360);
});

test('excerpts read as sentences: numbers kept, no gaps left by hidden numbers', async ({ page }) => {
  await page.goto('/');
  const artefacts: string[] = [];
  for (const query of [
    'Entering Passive Mode',
    'data connection',
    'how to tell them apart',
    'passive mode private ip',
    'transfer aborted',
  ]) {
    await liveSearch(page, query);
    for (const text of await page
      .locator('#header-search-results a.result:not(.stale) .result-excerpt')
      .allTextContents()) {
      if (/\(\s*,|,\s*,|,\s*\)|\(\s+|\s+[),.;:]/.test(text)) artefacts.push(`${query}: ${text}`);
    }
  }
  expect(artefacts).toEqual([]);
});

test('typing in the header box shows results, and clicking one opens its page', async ({ page }) => {
  await page.goto('/');
  await liveSearch(page, 'data connection');
  const first = rows(page).first();
  await expect(first.locator('mark').first()).toBeVisible();
  const href = await first.getAttribute('href');
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.url().endsWith(href as string)),
    first.click(),
  ]);
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('"/" focuses the header box and arrow keys move through the results', async ({ page }) => {
  await page.goto(codeUrl(CODES[0] as string));
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('transfer aborted');
  await expect(panel(page)).toHaveAttribute('data-done', 'transfer aborted');
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute(
    'aria-activedescendant',
    (await rows(page).nth(1).getAttribute('id')) as string,
  );
  const href = await rows(page).nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('Enter on an exact code goes straight to its page; Enter on other text opens the search page', async ({
  page,
}) => {
  const code = CODES[Math.floor(CODES.length / 3)] as string;
  await page.goto('/');
  await box(page).fill(code);
  await box(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}$`));
  await box(page).fill('passive mode');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=passive\+mode$/);
});

test('the search page reads ?q=, runs it, and filters narrow the results', async ({ page }) => {
  await page.goto('/search/?q=connection');
  await expect(page.locator('#page-search')).toHaveValue('connection');
  const results = page.locator('#search-results a.result');
  await expect(results.first()).toBeVisible();
  const before = await results.count();
  await page.locator('#search-filters input[name="type"][value="code"]').check();
  await expect(async () => {
    const types = await page.locator('#search-results .result-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['code']));
  }).toPass();
  expect(await results.count()).toBeLessThanOrEqual(before);
  await page.locator('#search-filters input[name="class"][value="5xx"]').check();
  await expect(async () => {
    const codes = await page.locator('#search-results .result-code').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.startsWith('5'))).toBe(true);
  }).toPass();
});

test('the search page lists its results by title before their fragments arrive, then fills in the excerpts', async ({
  page,
}) => {
  const release = await holdFragments(page);
  await page.goto(searchUrl('passive mode'));
  const results = page.locator('#search-results a.result');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(3);
  expect(await page.locator('#search-results a.result:not(.excerpt-pending)').count()).toBe(0);
  await expect(page.locator('#search-status')).toContainText('results for “passive mode”');
  release();
  await expect(page.locator('#search-results a.excerpt-pending')).toHaveCount(0);
  await expect(results.first().locator('.result-excerpt')).toContainText(/\w+/);
});

test('a hostile query is shown as text and never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await page.goto(searchUrl(hostile));
  await expect(page.locator('#search-status')).toContainText(hostile);
  await box(page).fill(hostile);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).locator('a.live-more')).toHaveAttribute('href', searchUrl(hostile));
  await expect(page.locator('main img, header img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form submits to /search/, which links to every class and all codes', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('425');
    await page.locator('header form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/search\/\?q=425$/);
    await expect(page.locator('#search-fallback a[href="/codes/"]')).toBeVisible();
    await expect(page.locator('#search-fallback a[href="/classes/4xx/"]')).toBeVisible();
  });
});
