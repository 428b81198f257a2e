/**
 * Lighthouse scores 100 in performance, accessibility, best practices and SEO on one page
 * of each type, served by `astro preview` from the production build, in Debian's Chromium
 * when present. Runs after the browser tests, one page at a time, so nothing competes
 * with it for the CPU.
 */
import { before, after, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CODES } from '../helpers/expected.ts';
import { checkoutPort } from '../helpers/ports.ts';
import { classUrl, codeUrl, compareUrl, guideUrl, searchUrl } from '../../src/lib/urls.ts';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../scripts/chromium.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Apart from Playwright's range (4329-4828), and from other checkouts' Lighthouse runs. */
const PORT = checkoutPort(4829);
const BASE = `http://127.0.0.1:${PORT}`;
const FLAGS = ['--headless', ...CHROMIUM_ARGS].join(' ');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One page of each type, with the categories it must score 100 in. The comparison is a
 * curated pair (uncurated pairs are noindex on purpose, see the README); the search page is
 * noindex too, as internal search results should be, so SEO is not asked of it. The search
 * page is measured as it opens: with ?q= it starts Pagefind's WebAssembly at once, whose
 * compile time on a shared machine is noise, not page weight (the bench times searches).
 */
const PAGES: Record<string, { path: string; categories: string[] }> = {
  home: { path: '/', categories: CATEGORIES },
  code: { path: codeUrl(CODES[0] as string), categories: CATEGORIES },
  class: { path: classUrl('5'), categories: CATEGORIES },
  comparison: { path: compareUrl('425', '426'), categories: CATEGORIES },
  guide: { path: guideUrl('active-vs-passive'), categories: CATEGORIES },
  search: { path: searchUrl(), categories: CATEGORIES.filter((c) => c !== 'seo') },
};

let server: ChildProcess | undefined;
let out = '';

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(PORT)],
    { cwd: ROOT, stdio: 'ignore' },
  );
  for (let i = 0; i < 60; i += 1) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('astro preview did not start');
});

after(() => {
  server?.kill();
  rmSync(out, { recursive: true, force: true });
});

for (const [type, { path, categories }] of Object.entries(PAGES)) {
  it(`the ${type} page scores 100 in ${categories.join(', ')}`, { timeout: 180_000 }, () => {
    const report = join(out, `${type}.json`);
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        `${BASE}${path}`,
        '--quiet',
        `--chrome-flags=${FLAGS}`,
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${categories.join(',')}`,
      ],
      {
        // Debian's Chromium when installed, otherwise the one Playwright downloaded.
        env: {
          ...process.env,
          CHROME_PATH: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : chromium.executablePath(),
        },
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    assert.equal(run.status, 0, run.stderr.slice(-1500));
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number }>;
      audits: Record<string, { score: number | null; title: string }>;
    };
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((result.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(result.audits)
      .filter((a) => a.score !== null && a.score < 0.9)
      .map((a) => a.title)
      .slice(0, 8);
    assert.deepEqual(
      scores,
      Object.fromEntries(categories.map((c) => [c, 100])),
      `failing audits: ${failing.join('; ')}`,
    );
  });
}
