/**
 * The log explainer over every fixture in tests/fixtures/logs/ (real curl, lftp and ftplib
 * sessions against vsftpd and Pure-FTPd, hand-made FileZilla and WinSCP logs): format, first
 * failure, patterns, the decoded 227 and the masked password, as read by hand in expected.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { explainLog } from '../../src/lib/ftp-log/explain.ts';
import type { Exchange } from '../../src/lib/ftp-log/exchanges.ts';
import { EXPECTED } from '../fixtures/logs/expected.ts';

const DIR = new URL('../fixtures/logs/', import.meta.url).pathname;
const KNOWN = new Set(
  readdirSync(new URL('../../content/codes/', import.meta.url).pathname).map((f) => f.replace(/\.mdx$/, '')),
);

describe('log fixtures', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.log'))
    .sort();

  it('every fixture has its expectations, and every expectation its fixture', () => {
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });

  it('has a fixture in every format', () => {
    assert.deepEqual([...new Set(Object.values(EXPECTED).map((e) => e.format))].sort(), [
      'curl',
      'filezilla',
      'ftplib',
      'lftp',
      'reply',
      'transcript',
      'winscp',
    ]);
  });

  for (const file of files) {
    const expected = EXPECTED[file];
    if (expected === undefined) continue;
    it(`${file}: ${expected.format}, first failure ${expected.failure === undefined ? 'none' : `line ${expected.failure.line}`}`, () => {
      const text = readFileSync(`${DIR}${file}`, 'utf8');
      const result = explainLog(text, KNOWN);
      assert.equal(result.format, expected.format);
      const failure = result.diagnosis.failure;
      assert.deepEqual(
        failure === undefined
          ? undefined
          : { line: failure.line, ...(failure.code !== undefined ? { code: failure.code } : {}) },
        expected.failure,
      );
      assert.deepEqual(
        result.diagnosis.patterns.map((p) => p.id),
        expected.patterns,
      );
      if (expected.pasv !== undefined) {
        const first = result.items.find((i): i is Exchange => i.type === 'exchange' && i.pasv !== undefined);
        assert.ok(first?.pasv?.ok, 'a decoded 227');
        if (first?.pasv?.ok) {
          assert.equal(first.pasv.host, expected.pasv.host);
          assert.equal(first.pasv.port, expected.pasv.port);
          assert.equal(first.pasv.warnings.length > 0, expected.pasv.warns);
        }
      }
      if (expected.password !== undefined) {
        assert.ok(text.includes(expected.password), 'the fixture holds the password in clear');
        const shown = JSON.stringify(result.entries);
        assert.ok(!shown.includes(expected.password), 'the password is masked in every entry');
        assert.ok(shown.includes('PASS ********'));
      }
    });
  }
});
