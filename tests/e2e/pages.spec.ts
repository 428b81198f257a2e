/** Every code, class and group page exists and shows exactly what it should. */
import { test, expect } from '@playwright/test';
import { CODES, CODES_BY_CLASS, CODES_BY_GROUP, SOCKET_ERRORS, TITLES } from '../helpers/expected.ts';
import { classOf } from '../../src/lib/reply-code.ts';
import { classUrl, codeUrl, groupUrl, socketErrorsUrl } from '../../src/lib/urls.ts';

/** The codes listed on a page, read from its code list. */
async function listedCodes(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('main .code-list li').evaluateAll((items) => items.map((li) => li.id.replace('code-', '')));
}

test('every code page has its code in the h1, one h1, and links to its class', async ({ page }) => {
  test.setTimeout(CODES.length * 3000 + 10_000);
  for (const code of CODES) {
    const response = await page.goto(codeUrl(code));
    expect(response?.status(), code).toBe(200);
    await expect(page.locator('h1'), code).toHaveCount(1);
    await expect(page.locator('h1'), code).toContainText(code);
    await expect(page.locator('h1'), code).toContainText(TITLES.get(code) as string);
    const digit = classOf(code);
    const parent = digit === undefined ? socketErrorsUrl() : classUrl(digit);
    await expect(page.locator(`main a[href="${parent}"]`).first(), code).toBeVisible();
    for (const id of ['meaning', 'when', 'causes', 'client-user', 'server-admin', 'retry', 'example', 'specification']) {
      await expect(page.locator(`main #${id}`), `${code} #${id}`).toHaveCount(1);
    }
  }
});

for (const [digit, codes] of Object.entries(CODES_BY_CLASS)) {
  test(`class ${digit}xx lists exactly its codes`, async ({ page }) => {
    await page.goto(classUrl(digit as '1'));
    expect(await listedCodes(page)).toEqual(codes);
  });
}

for (const [digit, codes] of Object.entries(CODES_BY_GROUP)) {
  test(`group x${digit}x lists exactly its codes`, async ({ page }) => {
    await page.goto(groupUrl(digit as '0'));
    expect(await listedCodes(page)).toEqual(codes);
  });
}

test('the socket errors page lists exactly the socket errors', async ({ page }) => {
  await page.goto(socketErrorsUrl());
  expect(await listedCodes(page)).toEqual(SOCKET_ERRORS);
});

test('the home page lists every code once', async ({ page }) => {
  await page.goto('/');
  expect(await listedCodes(page)).toEqual(CODES);
});

test('a short URL leads to the code page', async ({ page }) => {
  const code = CODES[Math.floor(CODES.length / 2)] as string;
  await page.goto(`/${code}`);
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}$`));
  await expect(page.locator('h1')).toContainText(code);
});

test('a section can be linked by its anchor', async ({ page }) => {
  await page.goto(`${codeUrl(CODES[0] as string)}#server-admin`);
  await expect(page.locator('#server-admin a.anchor')).toHaveAttribute('href', '#server-admin');
  await expect(page.locator('#server-admin')).toBeInViewport();
});
