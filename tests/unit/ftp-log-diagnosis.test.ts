/** The diagnosis on small made-up sequences, one pattern at a time, and the guide sections it links. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { explainLog } from '../../src/lib/ftp-log/explain.ts';
import { PATTERNS } from '../../src/lib/ftp-log/patterns.ts';
import { readClientError } from '../../src/lib/ftp-log/client-errors.ts';
import { decode229 } from '../../src/lib/epsv.ts';
import { guideAnchor } from '../../src/lib/ftp-log/guide-anchor.ts';

const KNOWN = new Set(['421', '425', '426', '500', '501', '522', '530', '534', '550', '10054', '10060', '10061']);
const run = (log: string) => explainLog(log, KNOWN).diagnosis;
const ids = (log: string) => run(log).patterns.map((p) => p.id);

describe('diagnosis', () => {
  it('takes the first refused command as the failure, skipping refused probes the client works around', () => {
    const d = run(
      '220 Hi\nFEAT\n500 FEAT not understood\nUSER bob\n331 Pw\nPASS x\n530 Login incorrect\nQUIT\n221 Bye',
    );
    assert.equal(d.failure?.line, 6);
    assert.equal(d.failure?.code, '530');
    assert.deepEqual(
      d.refusedProbes.map((e) => e.verb),
      ['FEAT'],
    );
  });

  it('counts a refused probe when the session stops right after it', () => {
    assert.equal(run('220 Hi\nAUTH TLS\n500 AUTH not understood').failure?.code, '500');
  });

  it('reports no failure for a clean session', () => {
    assert.equal(run('220 Hi\nUSER anonymous\n230 OK\nQUIT\n221 Bye').failure, undefined);
  });

  it('finds a private 227 address followed by a timeout, unless the client replaced the address', () => {
    const base = '220 Hi\nPASV\n227 Entering Passive Mode (10,1,2,3,4,5)\nLIST\n';
    assert.deepEqual(ids(`${base}Connection timed out`), ['private-address-then-timeout']);
    assert.deepEqual(ids(`${base}Using server address instead\nConnection timed out`), ['data-connection-fails']);
    assert.deepEqual(ids('220 Hi\nPASV\n227 Entering Passive Mode (8,8,4,4,4,5)\nLIST\nConnection timed out'), [
      'data-connection-fails',
    ]);
    assert.deepEqual(
      ids("220 Hi\nEPSV\n229 Entering Extended Passive Mode (|||50000|)\nRETR a\n425 Can't open data connection."),
      ['data-connection-fails'],
    );
  });

  it('does not blame the data connection once a transfer started on it', () => {
    assert.deepEqual(
      ids(
        'PASV\n227 Entering Passive Mode (10,1,2,3,4,5)\nLIST\n150 Here it comes\n226 Done\nQUIT\nConnection timed out',
      ),
      [],
    );
  });

  it('finds TLS required: after a plain login, after a data connection without PROT P, not after AUTH TLS', () => {
    assert.deepEqual(ids('USER bob\n530 Non-anonymous sessions must use encryption.'), ['tls-required']);
    assert.deepEqual(ids('USER bob\n534 Policy requires SSL.'), ['tls-required']);
    assert.deepEqual(
      ids('PASV\n227 Entering Passive Mode (8,8,4,4,4,5)\nLIST\n522 Data connections must be encrypted.'),
      ['tls-required'],
    );
    assert.deepEqual(ids('USER bob\n530 Login incorrect.'), []);
    assert.deepEqual(ids('USER bob\n530 Login authentication failed'), []);
    assert.deepEqual(ids('AUTH TLS\n234 Go ahead\nUSER bob\n530 Please use a secure connection'), []);
  });

  it('finds a login loop: two refused logins', () => {
    assert.deepEqual(ids('USER a\n331 Pw\nPASS x\n530 Login incorrect.'), []);
    assert.deepEqual(
      ids('USER a\n331 Pw\nPASS x\n530 Login incorrect.\nUSER a\n331 Pw\nPASS x\n530 Login incorrect.'),
      ['login-loop'],
    );
  });

  it('finds a 1xx reply that no final reply closes, and ties a final reply to its 1xx', () => {
    assert.deepEqual(ids('RETR a\n150 Opening'), ['preliminary-without-final']);
    const items = explainLog('RETR a\n150 Opening\n226 Done', KNOWN).items;
    assert.equal(items.length, 1);
    assert.deepEqual(items[0]?.type === 'exchange' && items[0].replies.map((r) => r.code), ['150', '226']);
  });

  it('ends the wait of every pending command at an error line, which names the socket error', () => {
    const d = run('USER a\n331 Pw\nPASS x\nError: Connection timed out after 20 seconds of inactivity');
    assert.equal(d.failure?.reason, 'no-reply');
    assert.equal(d.failure?.line, 3);
    assert.equal(d.failure?.code, '10060');
  });
});

describe('client errors', () => {
  const code = (line: string) => readClientError(line, KNOWN).code;
  it('links each wording of the same condition to its socket error page', () => {
    assert.equal(code('Error: Connection attempt failed with "ECONNREFUSED - Connection refused by server".'), '10061');
    assert.equal(code('ConnectionRefusedError: [Errno 111] Connection refused'), '10061');
    assert.equal(code('Socket Error # 10060'), '10060');
    assert.equal(code('**** Timeout - reconnecting'), '10060');
    assert.equal(code('ConnectionResetError: [Errno 104] Connection reset by peer'), '10054');
  });
  it("prefers an FTP reply the line quotes, and reads curl's exit code", () => {
    assert.deepEqual(readClientError('curl: (67) Access denied: 530', KNOWN), { curlExit: 67, code: '530' });
    assert.equal(
      code("curl: (7) Failed to connect to 127.0.0.1 port 2199 after 0 ms: Couldn't connect to server"),
      '10061',
    );
    assert.equal(code('something odd happened'), undefined);
  });
});

describe('decode229', () => {
  it('reads the port between the delimiters (RFC 2428 3)', () => {
    assert.deepEqual(decode229('229 Entering Extended Passive Mode (|||40109|)'), {
      ok: true,
      port: 40109,
      delimiter: '|',
    });
    assert.deepEqual(decode229('229 EPSV ok (!!!2121!)'), { ok: true, port: 2121, delimiter: '!' });
  });
  it('explains malformed replies', () => {
    assert.equal(decode229('229 Entering Extended Passive Mode (|1|40109|)').ok, false);
    assert.equal(decode229('229 (|||70000|)').ok, false);
    assert.equal(decode229('227 (|||2121|)').ok, false);
  });
});

describe('pattern guide links', () => {
  it('each pattern links to a section that exists in its guide', () => {
    for (const [id, info] of Object.entries(PATTERNS)) {
      const body = readFileSync(new URL(`../../content/guides/${info.guide.slug}.mdx`, import.meta.url), 'utf8');
      const slugger = new GithubSlugger();
      const anchors = [...body.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((m) =>
        slugger.slug((m[1] as string).replace(/`/g, '')),
      );
      assert.ok(
        anchors.includes(guideAnchor(info.guide.heading)),
        `${id}: no "${info.guide.heading}" in ${info.guide.slug}`,
      );
    }
  });
});
