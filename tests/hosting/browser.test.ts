/**
 * The site in Chromium behind nginx, under the HTTP headers rather than only the meta
 * tags: the CSP header also governs Pagefind's web worker (a meta tag does not reach
 * workers), so search must still run there; no page logs a CSP violation; and
 * frame-ancestors keeps the pages out of frames. Skipped, loudly, without nginx.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startNginx, whyNoNginx, type RunningNginx } from '../helpers/nginx.ts';
import { CODES } from '../helpers/expected.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import { codeUrl, compareHubUrl, compareUrl, homeUrl, searchUrl } from '../../src/lib/urls.ts';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';

const skip = whyNoNginx();
if (skip !== undefined)
  console.error(
    `\n${'!'.repeat(78)}\n!! SKIPPED: the site in a browser behind nginx (tests/hosting/).\n!! ${skip}\n${'!'.repeat(78)}\n`,
  );

describe('the site in Chromium behind nginx', { skip: skip ?? false }, () => {
  let server: RunningNginx | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startNginx();
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a page that records every console error or warning and every uncaught error. */
  async function openPage(): Promise<{ page: Page; messages: string[] }> {
    const page = await (browser as Browser).newPage();
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`uncaught: ${e.message}`));
    return { page, messages };
  }

  const code = CODES.includes('425') ? '425' : (CODES[0] as string);

  it('search runs, in its web worker, under the CSP header', async () => {
    const { page, messages } = await openPage();
    await page.goto(`${server?.origin}${homeUrl()}`);
    await page.locator('#header-search').fill(code);
    const first = page.locator('#header-search-results a.result').first();
    await first.waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal(new URL((await first.getAttribute('href')) ?? '', 'http://x').pathname, codeUrl(code));
    await page.close();
    // Pagefind warns and falls back to the main thread when its worker cannot start.
    assert.deepEqual(messages, []);
  });

  it('no page type logs a CSP violation or any other error', async () => {
    const [low, high] = allPairs(CODES)[0] as readonly [string, string];
    const problems: string[] = [];
    const missing = '/no-such-page/';
    for (const path of [
      homeUrl(),
      codeUrl(code),
      compareUrl(low, high),
      compareHubUrl(code),
      searchUrl(code),
      '/classes/4xx/',
      missing,
    ]) {
      const { page, messages } = await openPage();
      await page.goto(`${server?.origin}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await page.close();
      // Chromium reports the 404 status of the missing page itself; that one is expected.
      problems.push(
        ...messages.filter((m) => !(path === missing && /status of 404/.test(m))).map((m) => `${path}: ${m}`),
      );
    }
    assert.deepEqual(problems, []);
  });

  it('another site cannot show the pages in a frame', async () => {
    const { page } = await openPage();
    const target = `${server?.origin}${codeUrl(code)}`;
    await page.setContent(`<iframe src="${target}"></iframe>`);
    await page.waitForTimeout(1_000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(frame !== undefined, 'the frame exists');
    const shown = await frame.evaluate(() => document.title).catch(() => '');
    await page.close();
    assert.doesNotMatch(shown, new RegExp(code), `the framed page rendered: "${shown}"`);
  });
});
