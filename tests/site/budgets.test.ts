/**
 * Page weight budgets, over HTML + CSS + JS loaded before any interaction, gzip. The yardstick
 * is a quarter of the same page in Starlight, measured at 49 KB gzip for a minimal code page:
 *   - the typical (median) page of each type stays within 12 KB in all;
 *   - on every page, the shell around the content (the HTML outside <main>, the CSS and the
 *     JS) stays within 7.5 KB (the largest in December 2026: 7.2 KB on code pages, 7.4 KB on
 *     comparisons), so a page grows only with what it has to say;
 *   - at most 3 KB of that is JavaScript (theme toggle, search loader, compare picker).
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { pageWeight, type PageWeight } from '../helpers/weight.ts';
import { CODES } from '../helpers/expected.ts';
import { COMMANDS_WITH_PAGES } from '../helpers/commands.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import { codeUrl, commandUrl, compareUrl, classUrl } from '../../src/lib/urls.ts';

/** The budgets in bytes, gzip; the README states the same numbers. */
const BUDGET = { median: 12 * 1024, shell: 7.5 * 1024, js: 3 * 1024 };

const pairs = allPairs(CODES);
const TYPES: Record<string, string[]> = {
  code: CODES.map(codeUrl),
  // Every 25th pair: a spread of short and long comparisons without reading all of them twice.
  comparison: pairs.filter((_, i) => i % 25 === 0).map(([a, b]) => compareUrl(a, b)),
  class: (['1', '2', '3', '4', '5', '6'] as const).map(classUrl),
  command: COMMANDS_WITH_PAGES.map(commandUrl),
};

for (const [type, paths] of Object.entries(TYPES)) {
  const weights = paths.map((path) => ({ path, weight: pageWeight(path) }));
  const sorted = [...weights].sort((a, b) => a.weight.total.gzip - b.weight.total.gzip);
  const median = sorted[Math.floor(sorted.length / 2)] as { path: string; weight: PageWeight };

  it(`the median ${type} page stays within ${BUDGET.median / 1024} KB gzip`, () => {
    assert.ok(median.weight.total.gzip <= BUDGET.median, `${median.path}: ${median.weight.total.gzip} bytes gzip`);
  });

  it(`every ${type} page keeps its shell within ${BUDGET.shell / 1024} KB and its JavaScript within ${BUDGET.js / 1024} KB gzip`, () => {
    const over = weights
      .filter(({ weight }) => weight.shell.gzip > BUDGET.shell || weight.js.gzip > BUDGET.js)
      .map(({ path, weight }) => `${path}: shell ${weight.shell.gzip}, js ${weight.js.gzip}`);
    assert.deepEqual(over, []);
  });
}
