/** The guides: the 227 decoder on the active-vs-passive guide, and links from code pages back to guide sections. */
import { test, expect } from '@playwright/test';
import { guideUrl, codeUrl } from '../../src/lib/urls.ts';

test.describe('the 227 decoder', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(guideUrl('active-vs-passive'));
  });

  test('decodes a good reply into address and port', async ({ page }) => {
    await page.locator('#pasv-input').fill('227 Entering Passive Mode (8,8,4,4,195,80).');
    await expect(page.locator('#pasv-output')).toContainText('Address: 8.8.4.4');
    await expect(page.locator('#pasv-output')).toContainText('Port: 50000 (195 × 256 + 80)');
    await expect(page.locator('#pasv-output .warn')).toHaveCount(0);
  });

  test('warns about a private address', async ({ page }) => {
    await page.locator('#pasv-input').fill('227 Entering Passive Mode (10,0,0,5,39,16)');
    await expect(page.locator('#pasv-output')).toContainText('Port: 10000');
    await expect(page.locator('#pasv-output .warn')).toContainText('private address');
  });

  test('explains a malformed reply', async ({ page }) => {
    await page.locator('#pasv-input').fill('227 Entering Passive Mode (1,2,3,4,5)');
    await expect(page.locator('#pasv-output .bad')).toContainText('six comma-separated numbers');
  });

  test('shows an HTML-injection attempt as text and runs nothing', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.locator('#pasv-input').fill('227 <img src=x onerror=alert(1)> (10,0,0,1,4,1) <script>alert(2)</script>');
    await expect(page.locator('#pasv-output')).toContainText('Address: 10.0.0.1');
    await expect(page.locator('#pasv-output img, #pasv-output script')).toHaveCount(0);
    await page.locator('#pasv-input').fill('<img src=x onerror=alert(1)>');
    await expect(page.locator('#pasv-output .bad')).toContainText('starts with 227');
    await expect(page.locator('#pasv-output img')).toHaveCount(0);
    expect(dialog).toBe(false);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the guide stands on its own: the decoder stays hidden, the worked example is there', async ({ page }) => {
    await page.goto(guideUrl('active-vs-passive'));
    await expect(page.locator('#pasv-decoder')).toBeHidden();
    await expect(page.locator('main')).toContainText('256');
  });
});

test('a code page links back to the guide sections that mention it', async ({ page }) => {
  await page.goto(codeUrl('227'));
  const link = page.locator('#guides + ul a[href^="/guides/active-vs-passive/#"]').first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  await link.click();
  const id = (href as string).split('#')[1] as string;
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
