/**
 * The content lint: every file in content/codes/ passes the schema, is named after its
 * code, cites sources, shows an example, references only codes that exist, and contains
 * no placeholder text. What the entries say against the RFC texts (commands, citations,
 * reply texts) is checked in rfc-content.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries } from '../helpers/entries.ts';
import { codeEntrySchema } from '../../src/schemas/code-entry.ts';
import { formatIssues } from '../../src/lib/schema-messages.ts';
import { checkCollection } from '../../src/lib/collection-checks.ts';

const entries = readEntries();
const PLACEHOLDERS = /\b(TODO|TBD|FIXME|XXX|lorem ipsum|placeholder|coming soon)\b/i;

describe('content/codes', () => {
  it('holds entries', () => {
    assert.ok(entries.length >= 10, `expected at least 10 entries, found ${entries.length}`);
  });

  for (const entry of entries) {
    describe(entry.file, () => {
      const result = codeEntrySchema.safeParse(entry.data);

      it('passes the schema', () => {
        assert.deepEqual(result.success ? [] : formatIssues(entry.file, result.error.issues), []);
      });

      it('has a body of its own with no placeholder text', () => {
        assert.ok(entry.body.trim().length >= 200, `${entry.file}: the MDX body (what the code means) is missing or too short`);
        const text = JSON.stringify(entry.data) + entry.body;
        assert.doesNotMatch(text, PLACEHOLDERS, `${entry.file}: contains placeholder text`);
      });
    });
  }

  it('gives every pair people really confuse a hand-written decision test', () => {
    // The pairs the comparison pages must lead with (a `related` item with a `test`, in either entry).
    const REQUIRED = ['425-426', '450-550', '550-553', '421-530', '226-250', '125-150', '227-229', '500-502', '451-452', '452-552', '331-332', '530-532', '220-230', '221-421', '425-522', '530-550'];
    const curated = new Set(entries.flatMap((e) => ((e.data['related'] as { code: string; test?: string }[] | undefined) ?? [])
      .filter((r) => r.test !== undefined)
      .map((r) => [String(e.data['code']), r.code].sort((x, y) => Number(x) - Number(y)).join('-'))));
    assert.deepEqual(REQUIRED.filter((pair) => !curated.has(pair)), []);
  });

  it('names every file after its code and references only codes that exist', () => {
    const problems = checkCollection(entries.map((e) => ({ id: e.id, data: e.data as { code: string; related?: { code: string }[] } })));
    assert.deepEqual(problems, []);
  });
});
