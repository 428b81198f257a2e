/**
 * Every built page is valid HTML by html-validate's recommended rules. Switched off, with
 * reasons: formatting rules that judge the minifier's output rather than correctness
 * (attribute-boolean-style, attribute-empty-style, void-style, doctype-style,
 * no-trailing-whitespace), no-inline-style (the CSP test already forbids style attributes),
 * long-title (comparison titles name two codes and their texts on purpose),
 * no-redundant-role (role="search" on a form is kept for older screen readers); and valid-id
 * runs relaxed, as HTML5 allows, since headings such as "4xx or 5xx" give ids that start
 * with a digit.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from '../helpers/site.ts';

it('every page passes html-validate with zero errors', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    if (errors.length > 50) break;
  }
  assert.deepEqual(errors.slice(0, 50), []);
});
