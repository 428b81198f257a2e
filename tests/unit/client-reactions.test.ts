/** How tools react: the first-digit rules of curl and ftplib, and the rows of the side-by-side table. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digitRule, reactionRows, ruleContrast } from '../../src/lib/client-reactions.ts';

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
  it("sets the entries' facts side by side, adds the rules, and drops tools with nothing on either side", () => {
    const rows = reactionRows(
      { code: '450', clients: { ftplib: '`ftplib.error_temp`.', filezilla: 'Not critical.' } },
      { code: '550', clients: { curl: 'Exit 78.' } },
    );
    assert.deepEqual(
      rows.map((r) => r.client),
      ['curl', 'ftplib', 'filezilla'],
    );
    const curl = rows[0]!;
    assert.ok(curl.a.fact === undefined && curl.a.rule !== undefined && curl.b.fact === 'Exit 78.');
    const ftplib = rows[1]!;
    assert.equal(ftplib.a.rule, undefined, 'the entry already names the exception');
    assert.match(ftplib.b.rule ?? '', /error_perm/);
  });

  it('adds what recordings of real servers showed each client doing', () => {
    const recorded = [
      {
        code: '550',
        command: 'SIZE',
        client: 'curl',
        clientVersion: '7.88.1',
        server: 'vsftpd',
        version: '3.0.3-13+b2',
        outcome: 'exit 78: curl: (78) The file does not exist',
      },
    ];
    const rows = reactionRows({ code: '10060' }, { code: '550', recorded });
    assert.deepEqual(rows[0]?.b.recorded, [
      'curl 7.88.1, after 550 to SIZE: exit 78: curl: (78) The file does not exist (vsftpd 3.0.3)',
    ]);
    const same = [
      ...recorded,
      { ...recorded[0]!, server: 'proftpd', version: '1.3.8+dfsg-4+deb12u5', command: 'RETR' },
    ];
    assert.deepEqual(
      reactionRows({ code: '10060' }, { code: '550', recorded: same })[0]?.b.recorded,
      [
        'curl 7.88.1, after 550 to SIZE or RETR: exit 78: curl: (78) The file does not exist (vsftpd 3.0.3, proftpd 1.3.8)',
      ],
      'one line per outcome',
    );
    assert.ok(
      reactionRows({ code: '10060' }, { code: '10061', recorded: [{ ...recorded[0]!, client: 'lftp' }] }).some(
        (r) => r.client === 'lftp',
      ),
      'lftp appears once it is recorded',
    );
  });

  it('has no rows for two socket errors with nothing recorded', () => {
    assert.deepEqual(reactionRows({ code: '10060' }, { code: '10061' }), []);
  });
});

describe('ruleContrast', () => {
  it('says in one sentence per tool what the first-digit rules make of the pair', () => {
    assert.deepEqual(ruleContrast('450', '550'), [
      'With `--retry`, curl tries a failed transfer again after 450 but not after 550.',
      'ftplib raises `ftplib.error_temp` for 450 and `ftplib.error_perm` for 550: code that catches only one of them lets the other through.',
    ]);
    assert.match(ruleContrast('425', '426')[0] ?? '', /after either 425 or 426/);
    assert.match(ruleContrast('530', '550')[1] ?? '', /for both/);
    assert.deepEqual(ruleContrast('150', '226'), [], 'no rule covers 1xx and 2xx');
    assert.deepEqual(ruleContrast('226', '10054'), []);
  });
});
