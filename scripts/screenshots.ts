/**
 * Takes screenshots of built pages in light and dark, at desktop and 360 px phone width,
 * for a person to look at. Usage: node scripts/screenshots.ts <base-url> <out-dir> <path>...
 * (start `npm run preview` first). Not part of the tests.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './chromium.ts';

const [base = 'http://localhost:4321', out = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } } as const;
for (const scheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const path of paths.length > 0 ? paths : ['/']) {
      await page.goto(new URL(path, base).href);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: device === 'phone' ? false : true });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
