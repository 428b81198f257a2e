/**
 * The log explainer: each fixture log pasted as a reader would, checked for its first failure,
 * its decoded 227, its masked password and its links; nothing requested while explaining;
 * hostile text shown as text; share links that carry only a masked log, in the fragment.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { EXPECTED } from '../fixtures/logs/expected.ts';
import { PATTERNS, type PatternId } from '../../src/lib/ftp-log/patterns.ts';
import { guideAnchor } from '../../src/lib/ftp-log/guide-anchor.ts';
import { codeUrl, explainUrl, guideUrl, sectionUrl } from '../../src/lib/urls.ts';

const DIR = new URL('../fixtures/logs/', import.meta.url).pathname;
const CODES = new Set(
  readdirSync(new URL('../../content/codes/', import.meta.url).pathname).map((f) => f.replace(/\.mdx$/, '')),
);

async function explain(page: Page, log: string): Promise<void> {
  await page.locator('#explain-input').fill(log);
  await page.getByRole('button', { name: 'Explain', exact: true }).click();
  await expect(page.locator('#explain-result')).toHaveAttribute('data-done', /\d+/);
}

test.describe('each fixture log', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    test(file, async ({ page }) => {
      await page.goto(explainUrl());
      const log = readFileSync(`${DIR}${file}`, 'utf8');
      await explain(page, log);
      const failure = page.locator('#first-failure');
      if (expected.failure === undefined) {
        await expect(failure).toHaveClass(/none/);
      } else {
        await expect(failure).toHaveAttribute('data-line', String(expected.failure.line));
        if (expected.failure.code !== undefined) {
          await expect(failure.locator(`a.badge[href="${codeUrl(expected.failure.code)}"]`)).toBeVisible();
          await expect(failure.locator('.fixes li').first()).toBeVisible();
        }
      }
      for (const id of expected.patterns) {
        const info = PATTERNS[id as PatternId];
        await expect(
          page.locator(
            `.pattern-${id} a[href="${sectionUrl(guideUrl(info.guide.slug), guideAnchor(info.guide.heading))}"]`,
          ),
        ).toBeVisible();
      }
      await expect(page.locator('.pattern')).toHaveCount(expected.patterns.length);
      if (expected.pasv !== undefined) {
        const decoded = page
          .locator('.decoded', { hasText: `connect to ${expected.pasv.host}, port ${expected.pasv.port}` })
          .first();
        await expect(decoded).toBeVisible();
        await expect(decoded.locator('.warn')).toHaveCount(expected.pasv.warns ? 1 : 0);
      }
      if (expected.password !== undefined) {
        await expect(page.locator('#explain-result')).not.toContainText(expected.password);
        await expect(page.locator('#explain-result')).toContainText('PASS ********');
      }
      // Every code badge links to a page that exists.
      for (const href of await page
        .locator('#explain-result a.badge')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(CODES.has((href ?? '').split('/')[2] ?? ''), href ?? '').toBe(true);
      }
    });
  }
});

test('no request leaves the page while a log is explained and a share link is made', async ({ page }) => {
  await page.goto(explainUrl());
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await explain(page, readFileSync(`${DIR}winscp-private-pasv-timeout.log`, 'utf8'));
  await page.locator('#share-button').click();
  await expect(page.locator('#share-url')).toHaveValue(/#log=/);
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
});

test('hostile text in a log is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto(explainUrl());
  const hostile = [
    'Status:\t<img src=x onerror=alert(1)>',
    'Response:\t220 <script>alert(2)</script>',
    'Command:\tUSER <b onmouseover=alert(3)>x</b>',
    'Response:\t530 "><svg onload=alert(4)>',
    'Error:\t<iframe src="javascript:alert(5)"></iframe>',
  ].join('\n');
  await explain(page, hostile);
  const result = page.locator('#explain-result');
  await expect(result).toContainText('<img src=x onerror=alert(1)>');
  await expect(result).toContainText('<script>alert(2)</script>');
  await expect(result.locator('img, script, b, svg, iframe')).toHaveCount(0);
  await page.locator('#share-button').click();
  await expect(page.locator('.masked-log')).toContainText('<svg onload=alert(4)>');
  await expect(page.locator('#share-preview').locator('img, script, svg, iframe')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a share link shows what it holds first, carries only the masked log in its fragment, and opens explained', async ({
  page,
  context,
}) => {
  await page.goto(explainUrl());
  const log = readFileSync(`${DIR}filezilla-passive-timeout.log`, 'utf8').replace('PASS ********', 'PASS tops3cret');
  await explain(page, log);
  await page.locator('#share-button').click();
  const preview = page.locator('.masked-log');
  for (const secret of ['tops3cret', 'alice', 'ftp.example.com', '198.51.100.20'])
    await expect(preview).not.toContainText(secret);
  await expect(preview).toContainText('227 Entering Passive Mode (192,168,0,');
  const url = await page.locator('#share-url').inputValue();
  expect(url).toMatch(/^http:\/\/[^?#]+\/explain\/#log=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  const sent: string[] = [];
  other.on('request', (r) => sent.push(r.url()));
  await other.goto(url);
  await expect(other.locator('#explain-result')).toHaveAttribute('data-done', /\d+/);
  await expect(other.locator('#explain-diagnosis')).toContainText('came from a share link');
  await expect(other.locator('#first-failure')).toHaveAttribute('data-line', '26');
  await expect(other.locator('.decoded .warn').first()).toContainText('private address');
  expect(sent.filter((u) => u.includes('#') || u.includes('log='))).toEqual([]);
});

test('the search box offers to explain a pasted log and hands it over', async ({ page }) => {
  await page.goto(codeUrl('425'));
  const box = page.locator('#header-search');
  await box.focus();
  const log =
    'Command:\tPASV\nResponse:\t227 Entering Passive Mode (10,1,2,3,195,80).\nCommand:\tLIST\nError:\tConnection timed out after 20 seconds of inactivity';
  await box.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    (input as HTMLInputElement).value = text.replace(/\n/g, ' ');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, log);
  const offer = page.locator('.explain-offer');
  await expect(offer).toBeVisible();
  await offer.click();
  await expect(page).toHaveURL(/\/explain\/$/);
  await expect(page.locator('#explain-input')).toHaveValue(log);
  await expect(page.locator('.pattern-private-address-then-timeout')).toBeVisible();
});

test('the search box does not offer it for an ordinary query', async ({ page }) => {
  await page.goto('/');
  await page.locator('#header-search').fill('passive mode');
  await expect(page.locator('#header-search-results')).toBeAttached();
  await expect(page.locator('.explain-offer')).toBeHidden();
});

test('the header and every code page link to the explainer', async ({ page }) => {
  await page.goto(codeUrl('530'));
  await expect(page.locator(`header a[href="${explainUrl()}"]`)).toBeVisible();
  await page.locator(`#what-to-do ~ p a[href="${explainUrl()}"]`).first().click();
  await expect(page.locator('h1')).toHaveText('Explain an FTP log');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an explained log with a share preview has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(explainUrl());
    await explain(page, readFileSync(`${DIR}winscp-private-pasv-timeout.log`, 'utf8'));
    await page.locator('#share-button').click();
    await expect(page.locator('#share-url')).toBeVisible();
    expect(await axeViolations(page, { coloursOnly: scheme === 'dark' })).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the explainer needs JavaScript and hides the form', async ({ page }) => {
    await page.goto(explainUrl());
    await expect(page.locator('#explain-form')).toBeHidden();
    await expect(page.locator('#explain-noscript')).toBeVisible();
  });
});
