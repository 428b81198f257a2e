/** How tools react: the first-digit rules of curl and ftplib, and the rows of the side-by-side table. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digitRule, reactionRows } from '../../src/lib/client-reactions.ts';

describe('digitRule', () => {
  it('curl retries a failed transfer only on a 4xx, and only with --retry', () => {
    assert.match(digitRule('curl', '421') ?? '', /^With `--retry`, a transfer that fails on this reply is tried again/);
    assert.match(digitRule('curl', '550') ?? '', /^Not retried, even with `--retry`/);
    assert.equal(digitRule('curl', '226'), undefined);
    assert.equal(digitRule('curl', '10054'), undefined, 'no first digit, no rule');
  });

  it('ftplib raises by the first digit', () => {
    assert.match(digitRule('ftplib', '451') ?? '', /error_temp/);
    assert.match(digitRule('ftplib', '530') ?? '', /error_perm/);
    assert.match(digitRule('ftplib', '632') ?? '', /error_proto/);
    assert.match(digitRule('ftplib', '331') ?? '', /error_reply/);
    assert.equal(digitRule('filezilla', '550'), undefined, 'FileZilla has no first-digit rule here');
  });
});

describe('reactionRows', () => {
  it('sets the entries\' facts side by side, adds the rules, and drops tools with nothing on either side', () => {
    const rows = reactionRows({ code: '450', clients: { ftplib: '`ftplib.error_temp`.', filezilla: 'Not critical.' } }, { code: '550', clients: { curl: 'Exit 78.' } });
    assert.deepEqual(rows.map((r) => r.client), ['curl', 'ftplib', 'filezilla']);
    const curl = rows[0]!;
    assert.ok(curl.a.fact === undefined && curl.a.rule !== undefined && curl.b.fact === 'Exit 78.');
    const ftplib = rows[1]!;
    assert.equal(ftplib.a.rule, undefined, 'the entry already names the exception');
    assert.match(ftplib.b.rule ?? '', /error_perm/);
  });

  it('has no rows for two socket errors with nothing recorded', () => {
    assert.deepEqual(reactionRows({ code: '10060' }, { code: '10061' }), []);
  });
});
