/**
 * Bench figures for the log explainer: a 10,000-line log (a real vsftpd session from the
 * fixtures, repeated) pasted into /explain/ in Chromium. Reports the time from the click to the
 * last item rendered, and the longest task meanwhile: the page stays responsive when no single
 * task blocks it for long (the list renders in chunks).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';

const LINES = 10_000;

/** A log of exactly LINES lines built from a fixture session. */
function bigLog(): string {
  const session = readFileSync(new URL('../../tests/fixtures/logs/lftp-vsftpd-list.log', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');
  const lines: string[] = [];
  while (lines.length < LINES) lines.push(...session);
  return lines.slice(0, LINES).join('\n');
}

/** Explains the big log in the page and returns the figures. */
export async function explainTiming(baseUrl: string): Promise<Record<string, number>> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/explain/`);
    const input = page.locator('#explain-input');
    await input.waitFor({ state: 'visible' });
    // Setting the value directly: typing 10,000 lines would time the keyboard, not the explainer.
    await input.evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
    }, bigLog());
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const start = Date.now();
    await page.getByRole('button', { name: 'Explain', exact: true }).click();
    await page.locator('#explain-result[data-done]').waitFor({ timeout: 120_000 });
    const wall = Date.now() - start;
    const inPage = Number(await page.locator('#explain-result').getAttribute('data-done'));
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    return {
      'explain 10,000-line log: ms to fully rendered': Math.max(wall, inPage),
      'explain 10,000-line log: longest task ms': Math.round(longest),
    };
  } finally {
    await browser.close();
  }
}
