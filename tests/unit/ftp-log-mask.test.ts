/** Masking: passwords never shown; share links also lose user names, host names and addresses. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskForSharing, maskPasswords, passwordsIn } from '../../src/lib/ftp-log/mask.ts';
import { explainLog } from '../../src/lib/ftp-log/explain.ts';
import { decode227 } from '../../src/lib/pasv.ts';

describe('maskPasswords', () => {
  it("finds PASS arguments in every tool's prefix, skipping ones the tool already masked", () => {
    assert.deepEqual(
      passwordsIn(
        "> PASS s3cret\n---> PASS other pw\nCommand:\tPASS ******\n*cmd* 'PASS ****'\n*put* 'PASS raw\\r\\n'\nPASS XXXX",
      ),
      ['s3cret', 'other pw', 'raw'],
    );
  });

  it('masks the argument and every other occurrence of the same string', () => {
    const out = maskPasswords(
      '> PASS s3cret\n< 530 Login incorrect\nFile "x.py", line 3\n    ftp.login("bob", "s3cret")',
    );
    assert.ok(!out.includes('s3cret'));
    assert.match(out, /PASS \*{8}/);
  });

  it('masks login() and password= in quoted Python source even when PASS was masked by ftplib', () => {
    const out = maskPasswords("*cmd* 'PASS *****'\n    f.login('bob', 'Secr3t')\n    connect(password=\"p4ss\")");
    assert.ok(!out.includes('Secr3t') && !out.includes('p4ss'), out);
  });

  it('leaves a log without PASS untouched', () => {
    const log = '< 220 Ready\n> USER anonymous\n< 230 OK';
    assert.equal(maskPasswords(log), log);
  });

  it('masks before parsing, so no entry ever holds the password', () => {
    const result = explainLog('USER bob\n331 Password\nPASS hunter2\n530 Login incorrect', new Set(['530']));
    assert.ok(!JSON.stringify(result).includes('hunter2'));
  });
});

describe('maskForSharing', () => {
  const log = [
    'Status:\tResolving address of ftp.secret-corp.com',
    'Status:\tConnecting to 198.51.100.20:21...',
    'Response:\t220 Welcome to ftp.secret-corp.com',
    'Command:\tUSER jdoe',
    'Response:\t331 Password required for jdoe',
    'Command:\tPASS letmein',
    'Response:\t230 User jdoe logged in, home /home/jdoe',
    'Command:\tPASV',
    'Response:\t227 Entering Passive Mode (192,168,7,20,195,80).',
    'Status:\tConnecting to 8.8.4.4:50000... and 127.0.0.1 and fe80::1ff:fe23:4567:890a',
    'Status:\tclock 10:23:45 and version 3.0.3',
  ].join('\n');
  const { text, report } = maskForSharing(log);

  it('removes passwords, user names, host names and IP addresses', () => {
    for (const secret of ['letmein', 'jdoe', 'secret-corp', '198.51.100.20', '192,168,7,20', '8.8.4.4', 'fe80::1ff'])
      assert.ok(!text.includes(secret), `${secret} left in:\n${text}`);
    assert.deepEqual(report, { passwords: 1, users: 1, hosts: 1, addresses: 4 });
  });

  it('keeps what explains the log: codes, commands, ports, loopback, times and versions', () => {
    for (const kept of [
      '227 Entering Passive Mode (',
      ',195,80)',
      'PASV',
      '127.0.0.1',
      '10:23:45',
      '3.0.3',
      'USER user1',
      '/home/user1',
    ])
      assert.ok(text.includes(kept), `${kept} missing:\n${text}`);
  });

  it('keeps a private address private, so the shared log still warns', () => {
    const line = text.split('\n').find((l) => l.includes('227')) as string;
    const decoded = decode227(line.slice(line.indexOf('227')));
    assert.ok(decoded.ok && decoded.warnings.includes('private'), line);
  });

  it('keeps anonymous logins as they are', () => {
    assert.match(maskForSharing('USER anonymous\n230 OK').text, /USER anonymous/);
  });
});
