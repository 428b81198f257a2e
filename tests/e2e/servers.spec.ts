/**
 * The pages of recorded servers in a browser: a recorded reply line of each class pasted into
 * the header box puts its code page first; a code page's recorded reply leads to the run that produced it,
 * a matrix cell leads to its code page, and /servers/ fits a phone.
 */
import { test, expect } from '@playwright/test';
import { REPLIES, asPasted } from '../helpers/recordings.ts';
import { distinctReplies } from '../../src/lib/observed/catalogue.ts';
import { codeUrl, serversUrl } from '../../src/lib/urls.ts';

const reply = REPLIES.find((r) => r.focus && r.code.startsWith('5'));

test('a recorded reply on its code page links to the scenario run that produced it', async ({ page }) => {
  test.skip(reply === undefined, 'no recorded 5xx reply to follow');
  const { code, server } = reply!;
  await page.goto(codeUrl(code));
  // Several servers may send the same text: take the link to this server's run.
  const link = page
    .locator('table.sent tbody tr', { hasText: reply!.lines[0] as string })
    .locator(`td a[href$="#${server}"]`)
    .first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/servers/scenarios/[a-z0-9-]+/#${server}$`));
  await expect(page.locator(`section[aria-labelledby="${server}"] .transcript .focus`).first()).toBeVisible();
});

test('a cell of the /servers/ matrix links to the page of the code it shows', async ({ page }) => {
  await page.goto(serversUrl());
  const link = page.locator('table.matrix td a.rc').first();
  const code = (await link.textContent())?.trim() ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}$`));
  await expect(page.locator('h1')).toContainText(code);
});

test('/servers/ fits a 360 px phone without sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(serversUrl());
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

// Every recorded line is checked against the instant table in tests/unit/instant-answers.test.ts;
// here one line of each class goes through the page itself, full-text rows included.
test('a recorded reply line of each class, pasted into the header search box, puts its code page first', async ({
  page,
}) => {
  const lines = [...new Set(distinctReplies(REPLIES).map((r) => asPasted(r.lines[0] as string)))];
  const sample = ['1', '2', '3', '4', '5'].flatMap((digit) => lines.find((line) => line.startsWith(digit)) ?? []);
  expect(sample.length).toBeGreaterThanOrEqual(4);
  await page.goto('/');
  const box = page.locator('#header-search');
  const wrong: string[] = [];
  for (const line of sample) {
    await box.fill(line);
    await expect(page.locator('header .live-results')).toHaveAttribute('data-done', line.trim());
    const first = await page.locator('#header-search-results a.result:not(.stale)').first().getAttribute('href');
    if (first !== codeUrl(line.slice(0, 3))) wrong.push(`"${line}" -> ${first}`);
  }
  expect(wrong).toEqual([]);
});
