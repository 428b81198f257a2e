/**
 * Command pages in a browser: the exchange in order, the links between command and code
 * pages followed, and the /data/ files served. What the built HTML says of every command
 * page and the index is checked in tests/site/command-pages.test.ts.
 */
import { test, expect } from '@playwright/test';
import { codeUrl, commandUrl, dataFileUrl, dataIndexUrl } from '../../src/lib/urls.ts';

test('RETR shows the exchange in order: preliminary replies, what follows them, then the other final replies', async ({
  page,
}) => {
  await page.goto(commandUrl('RETR'));
  const order = await page.locator('main .exchange h3').evaluateAll((headings) => headings.map((h) => h.id));
  expect(order).toEqual(['preliminary', 'final']);
  await expect(
    page.locator('main .exchange > li').first().locator('.replies').first().locator('[data-code="150"]'),
  ).toBeVisible();
  await expect(page.locator('main .replies.nested [data-code="226"]')).toBeVisible();
});

test('a reply on a command page leads to the code page, which links back to the command', async ({ page }) => {
  await page.goto(commandUrl('STOR'));
  await page.locator('main .replies a.code[href="/codes/553/"]').first().click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl('553')}$`));
  const back = page.locator(`main a[href="${commandUrl('STOR')}"]`).first();
  await expect(back).toBeVisible();
  await back.click();
  await expect(page.locator('h1')).toContainText('STOR');
});

test('the data page links every file, and each file is served as JSON or CSV', async ({ page, request }) => {
  await page.goto(dataIndexUrl());
  for (const file of [
    'codes.json',
    'commands.json',
    'observations.json',
    'codes.schema.json',
    'code.schema.json',
    'commands.schema.json',
    'observations.schema.json',
    'codes.csv',
  ]) {
    await expect(page.locator(`main a[href="${dataFileUrl(file)}"]`).first()).toBeVisible();
    const response = await request.get(dataFileUrl(file));
    expect(response.status(), file).toBe(200);
    if (file.endsWith('.json')) expect(await response.json(), file).toBeTruthy();
  }
  const codes = (await (await request.get(dataFileUrl('codes.json'))).json()) as { version: number; codes: unknown[] };
  expect(codes.version).toBe(1);
  expect(codes.codes.length).toBeGreaterThan(10);
});
