/** Command pages, the command index, the links between command and code pages, and the /data/ files. */
import { test, expect } from '@playwright/test';
import { COMMANDS_WITH_PAGES, listedReplies } from '../helpers/commands.ts';
import { COMMAND_PURPOSES } from '../../src/lib/command-purposes.ts';
import { codeUrl, commandUrl, commandsIndexUrl, dataFileUrl, dataIndexUrl } from '../../src/lib/urls.ts';

test('the command index lists every command with a page once, under its purpose', async ({ page }) => {
  await page.goto(commandsIndexUrl());
  const listed = await page.locator('main .command-list li').evaluateAll((items) => items.map((li) => li.id.replace('command-', '')));
  expect([...listed].sort()).toEqual(COMMANDS_WITH_PAGES);
  for (const purpose of COMMAND_PURPOSES) await expect(page.locator(`main h2#${purpose}`)).toHaveCount(1);
});

test('every command page has one h1 naming the command, its sections and its replies', async ({ page }) => {
  test.setTimeout(COMMANDS_WITH_PAGES.length * 2000 + 10_000);
  const replies = listedReplies();
  for (const command of COMMANDS_WITH_PAGES) {
    const response = await page.goto(commandUrl(command));
    expect(response?.status(), command).toBe(200);
    await expect(page.locator('h1'), command).toHaveCount(1);
    await expect(page.locator('h1'), command).toContainText(command);
    for (const id of ['syntax', 'what-it-does', 'replies', 'example', 'specification']) await expect(page.locator(`main #${id}`), `${command} #${id}`).toHaveCount(1);
    const shown = await page.locator('main .replies > li').evaluateAll((items) => [...new Set(items.map((li) => li.getAttribute('data-code')))].sort());
    expect(shown, command).toEqual((replies.get(command) ?? []).map((r) => r.code).sort());
  }
});

test('RETR shows the exchange in order: preliminary replies, what follows them, then the other final replies', async ({ page }) => {
  await page.goto(commandUrl('RETR'));
  const order = await page.locator('main .exchange h3').evaluateAll((headings) => headings.map((h) => h.id));
  expect(order).toEqual(['preliminary', 'final']);
  await expect(page.locator('main .exchange > li').first().locator('.replies').first().locator('[data-code="150"]')).toBeVisible();
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

test('an intermediate reply names the command that comes next, linked', async ({ page }) => {
  await page.goto(commandUrl('USER'));
  const next = page.locator('main [data-code="331"] .next a');
  await expect(next).toHaveAttribute('href', commandUrl('PASS'));
});

test('the data page links every file, and each file is served as JSON or CSV', async ({ page, request }) => {
  await page.goto(dataIndexUrl());
  for (const file of ['codes.json', 'commands.json', 'observations.json', 'codes.schema.json', 'code.schema.json', 'commands.schema.json', 'observations.schema.json', 'codes.csv']) {
    await expect(page.locator(`main a[href="${dataFileUrl(file)}"]`).first()).toBeVisible();
    const response = await request.get(dataFileUrl(file));
    expect(response.status(), file).toBe(200);
    if (file.endsWith('.json')) expect(await response.json(), file).toBeTruthy();
  }
  const codes = await (await request.get(dataFileUrl('codes.json'))).json() as { version: number; codes: unknown[] };
  expect(codes.version).toBe(1);
  expect(codes.codes.length).toBeGreaterThan(10);
});
