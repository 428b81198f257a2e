/** The compare picker lands on the canonical comparison, with and without JavaScript. */
import { test, expect } from '@playwright/test';
import { CODES } from '../helpers/expected.ts';
import { codeUrl, compareHubUrl, compareUrl, compareUrlAsGiven } from '../../src/lib/urls.ts';

const [low, high] = [CODES[1] as string, CODES[0] as string];

test('the picker on a code page goes to the canonical comparison', async ({ page }) => {
  await page.goto(codeUrl(low));
  await page.locator('main .picker-form input').fill(high);
  await page.locator('main .picker-form button').click();
  await expect(page).toHaveURL(new RegExp(`${compareUrl(low, high)}$`));
  await expect(page.locator('h1')).toContainText(`${high} vs ${low}`);
});

test('the reversed URL lands on the canonical comparison', async ({ page }) => {
  await page.goto(compareUrlAsGiven(low, high));
  await expect(page).toHaveURL(new RegExp(`${compareUrl(low, high)}$`));
});

test("arriving on the list of one code's comparisons with a choice moves on to that comparison", async ({ page }) => {
  await page.goto(`${compareHubUrl(low)}?with=${high}`);
  await expect(page).toHaveURL(new RegExp(`${compareUrl(low, high)}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the picker form lands on a page listing every comparison of the code', async ({ page }) => {
    await page.goto(codeUrl(low));
    await page.locator('main .picker-form input').fill(high);
    await page.locator('main .picker-form button').click();
    await expect(page).toHaveURL(new RegExp(`${compareHubUrl(low)}\\?with=${high}$`));
    await expect(page.locator(`main a[href="${compareUrl(low, high)}"]`)).toBeVisible();
  });
});
