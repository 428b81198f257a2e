/**
 * What only a browser shows about the pages: a short URL's meta refresh is followed, and a
 * section's anchor scrolls it into view. What the built HTML says (every page's h1, sections
 * and code lists) is checked in tests/site/pages.test.ts.
 */
import { test, expect } from '@playwright/test';
import { CODES } from '../helpers/expected.ts';
import { codeUrl, sectionUrl } from '../../src/lib/urls.ts';

test('a short URL leads to the code page', async ({ page }) => {
  const code = CODES[Math.floor(CODES.length / 2)] as string;
  await page.goto(`/${code}`);
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}$`));
  await expect(page.locator('h1')).toContainText(code);
});

test('a section can be linked by its anchor', async ({ page }) => {
  await page.goto(sectionUrl(codeUrl(CODES[0] as string), 'server-admin'));
  await expect(page.locator('#server-admin a.anchor')).toHaveAttribute('href', '#server-admin');
  await expect(page.locator('#server-admin')).toBeInViewport();
});
