/** Search on the production build: relevance from the index, the header box, the search page. */
import { test, expect, type Page } from '@playwright/test';
import { CODES } from '../helpers/expected.ts';
import { RELEVANCE } from './relevance-queries.ts';
import { codeUrl } from '../../src/lib/urls.ts';

/** Runs queries through the site's own Pagefind index and returns the result URLs of each. */
async function searchUrls(page: Page, queries: string[], limit = 5): Promise<string[][]> {
  await page.goto('/');
  return page.evaluate(async ({ queries, limit }) => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    await pagefind.init();
    const out: string[][] = [];
    for (const q of queries) {
      const found = await pagefind.search(q);
      const data = await Promise.all(found.results.slice(0, limit).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
      out.push(data.map((d: { url: string }) => d.url));
    }
    return out;
  }, { queries, limit });
}

test('for every code, searching its number puts its page first', async ({ page }) => {
  const results = await searchUrls(page, CODES, 1);
  const wrong = CODES.filter((code, i) => results[i]?.[0] !== codeUrl(code)).map((code) => `${code} -> ${results[CODES.indexOf(code)]?.[0]}`);
  expect(wrong).toEqual([]);
});

test(`a relevance suite of ${RELEVANCE.length} real-world queries finds the expected page`, async ({ page }) => {
  const results = await searchUrls(page, RELEVANCE.map((r) => r.query), 3);
  const misses = RELEVANCE.flatMap((r, i) => {
    const urls = results[i] ?? [];
    const ok = r.top === 1 ? urls[0] === r.expect : urls.slice(0, 3).includes(r.expect);
    return ok ? [] : [`"${r.query}": expected ${r.expect} in top ${r.top}, got ${urls.join(', ')}`];
  });
  expect(misses).toEqual([]);
});

test('typing in the header box shows results, and clicking one opens its page', async ({ page }) => {
  await page.goto('/');
  await page.locator('#header-search').fill('data connection');
  const first = page.locator('#header-search-results a.result').first();
  await expect(first).toBeVisible();
  await expect(first.locator('mark').first()).toBeVisible();
  const href = await first.getAttribute('href');
  const [response] = await Promise.all([page.waitForEvent('response', (r) => r.url().endsWith(href as string)), first.click()]);
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('"/" focuses the header box and arrow keys move through the results', async ({ page }) => {
  await page.goto(codeUrl(CODES[0] as string));
  await page.keyboard.press('/');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('transfer aborted');
  await expect(page.locator('#header-search-results a.result').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#header-search-results a.result').first()).toHaveAttribute('aria-selected', 'true');
  const href = await page.locator('#header-search-results a.result').first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('Enter on an exact code goes straight to its page', async ({ page }) => {
  const code = CODES[Math.floor(CODES.length / 3)] as string;
  await page.goto('/');
  await page.locator('#header-search').fill(code);
  await page.locator('#header-search').press('Enter');
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}$`));
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

test('a hostile query is shown as text and never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  const hostile = '<img src=x onerror=alert(1)>';
  await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
  await expect(page.locator('#search-status')).toContainText(hostile);
  await page.locator('#header-search').fill(hostile);
  await expect(page.locator('header .live-results')).toBeVisible();
  await expect(page.locator('header .live-results a.live-more')).toHaveAttribute('href', `/search/?q=${encodeURIComponent(hostile)}`);
  await expect(page.locator('main img, header img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form submits to /search/, which links to every class and all codes', async ({ page }) => {
    await page.goto('/');
    await page.locator('#header-search').fill('425');
    await page.locator('header form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/search\/\?q=425$/);
    await expect(page.locator('#search-fallback a[href="/codes/"]')).toBeVisible();
    await expect(page.locator('#search-fallback a[href="/classes/4xx/"]')).toBeVisible();
  });
});
