/** The 404 page helps, the theme toggle remembers, and pages work without JavaScript. */
import { test, expect } from '@playwright/test';
import { CODES } from '../helpers/expected.ts';
import { codeUrl } from '../../src/lib/urls.ts';

test('a wrong URL answers 404 with search and class links', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main form[action="/search/"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/classes/5xx/"]')).toBeVisible();
});

test('the 404 page says a 9xx code cannot exist', async ({ page }) => {
  await page.goto('/codes/999/');
  await expect(page.locator('#code-advice')).toContainText('start with a digit from 1 to 6');
});

test('the 404 page points to an existing code from a wrong path', async ({ page }) => {
  const code = CODES[0] as string;
  await page.goto(`/code/${code}/`);
  await expect(page.locator(`#code-advice a[href="${codeUrl(code)}"]`)).toBeVisible();
});

test('the 404 page shows a hostile path as text', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto('/codes/599/%3Cimg%20src=x%20onerror=alert(1)%3E');
  await expect(page.locator('#code-advice')).toContainText('599');
  await expect(page.locator('#code-advice img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('the theme toggle switches and remembers the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.locator('.theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(codeUrl(CODES[0] as string));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 27)');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a code page is complete and the toggle stays hidden', async ({ page }) => {
    await page.goto(codeUrl(CODES[0] as string));
    await expect(page.locator('#server-admin + ul li').first()).toBeVisible();
    await expect(page.locator('.theme-toggle')).toBeHidden();
    await expect(page.locator('header form[action="/search/"] input[name="q"]')).toBeVisible();
  });
});
