/**
 * Page weight budgets, over HTML + CSS + JS loaded before any interaction, gzip. The
 * figure: a quarter of the same code page built with Starlight (49 KB gzip measured), and
 * no more than a small loader of JavaScript (theme toggle and search loader).
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { pageWeight } from '../helpers/weight.ts';
import { CODES } from '../helpers/expected.ts';
import { codeUrl, compareUrl, classUrl } from '../../src/lib/urls.ts';

/** The budgets in bytes, gzip; the README states the same numbers. */
const BUDGET = { page: 12 * 1024, js: 3 * 1024 };

const heaviest = (paths: string[]) => paths.map((p) => ({ path: p, weight: pageWeight(p) })).sort((a, b) => b.weight.total.gzip - a.weight.total.gzip)[0]!;

for (const [type, paths] of Object.entries({
  code: CODES.map(codeUrl),
  comparison: [compareUrl(CODES[0] as string, CODES[1] as string), compareUrl(CODES[0] as string, CODES.at(-1) as string)],
  class: ['1', '2', '3', '4', '5', '6'].map((d) => classUrl(d as '1')),
})) {
  it(`the heaviest ${type} page stays within ${BUDGET.page / 1024} KB gzip, with at most ${BUDGET.js / 1024} KB of JavaScript`, () => {
    const { path, weight } = heaviest(paths);
    assert.ok(weight.total.gzip <= BUDGET.page, `${path}: ${weight.total.gzip} bytes gzip (html ${weight.html.gzip}, css ${weight.css.gzip}, js ${weight.js.gzip})`);
    assert.ok(weight.js.gzip <= BUDGET.js, `${path}: ${weight.js.gzip} bytes of JavaScript gzip`);
  });
}
