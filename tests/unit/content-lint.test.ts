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
        assert.ok(
          entry.body.trim().length >= 200,
          `${entry.file}: the MDX body (what the code means) is missing or too short`,
        );
        const text = JSON.stringify(entry.data) + entry.body;
        assert.doesNotMatch(text, PLACEHOLDERS, `${entry.file}: contains placeholder text`);
      });
    });
  }

  it('gives every pair people really confuse a hand-written decision test', () => {
    // The pairs the comparison pages must lead with (a `related` item with a `test`, in either entry).
    const REQUIRED = [
      '425-426',
      '450-550',
      '550-553',
      '421-530',
      '226-250',
      '125-150',
      '227-229',
      '500-502',
      '451-452',
      '452-552',
      '331-332',
      '530-532',
      '220-230',
      '221-421',
      '425-522',
      '530-550',
      // Sequences and symptoms (issue 12): a reply and what can follow it, a reply and what a client shows instead.
      '125-451',
      '150-226',
      '226-426',
      '426-451',
      '426-10054',
      '425-10060',
      '220-10061',
      '421-10054',
      '331-530',
      '230-530',
      '350-503',
      '227-425',
      '234-534',
      '200-502',
      '257-550',
      // Other pairs readers mix up.
      '500-501',
      '10060-10061',
      '150-425',
      '202-502',
      '221-226',
      '220-421',
      '230-331',
      '332-532',
      '234-334',
      '213-550',
      '110-350',
      '225-226',
      '430-530',
      '421-425',
      '550-552',
      '221-231',
    ];
    assert.ok(REQUIRED.length >= 40, 'at least 40 hand-written pairs');
    const curated = new Set(
      entries.flatMap((e) =>
        ((e.data['related'] as { code: string; test?: string }[] | undefined) ?? [])
          .filter((r) => r.test !== undefined)
          .map((r) => [String(e.data['code']), r.code].sort((x, y) => Number(x) - Number(y)).join('-')),
      ),
    );
    assert.deepEqual(
      REQUIRED.filter((pair) => !curated.has(pair)),
      [],
    );
  });

  it('names every file after its code and references only codes that exist', () => {
    const problems = checkCollection(
      entries.map((e) => ({ id: e.id, data: e.data as { code: string; related?: { code: string }[] } })),
    );
    assert.deepEqual(problems, []);
  });
});
