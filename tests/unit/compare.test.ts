/**
 * The comparison table and the command context: rows worded right for every kind of code
 * (6yz, socket errors, greetings), shared rows folded out of the table, and RFC-list
 * sentences that hold for RFC 959 5.4 and name servers that go beyond it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clipText, commandContext, glanceRows, wireText, type CompareSide } from '../../src/lib/compare.ts';
import { RFC959_REPLIES } from '../../src/data/rfc/sequences.ts';

const side = (code: string, extra: Partial<CompareSide> = {}): CompareSide => ({
  code,
  kind: 'standard',
  channel: 'control',
  commands: [],
  serverCommands: [],
  ...extra,
});

const c450 = side('450', {
  commands: ['RETR', 'STOR', 'STOU', 'APPE', 'LIST', 'NLST', 'RNFR', 'DELE', 'STAT'],
  rfcText: 'Requested file action not taken.',
});
const c550 = side('550', {
  commands: ['CWD', 'RETR', 'APPE', 'RNFR', 'DELE', 'RMD', 'MKD', 'PWD'],
  rfcText: 'Requested action not taken.',
});
const c631 = side('631', { kind: 'extension', rfcText: 'reply code 631 indicates an integrity protected reply' });
const c633 = side('633', { kind: 'extension', rfcText: 'reply code 633, indicates a confidentiality protected reply' });
const c10054 = side('10054', { kind: 'socket-error', channel: 'both', symbol: 'WSAECONNRESET' });
const c220 = side('220', { commands: ['REIN'], greeting: true, rfcText: 'Service ready for new user.' });

const row = (rows: { label: string; a: string; b: string }[], label: string) => rows.find((r) => r.label === label);

describe('glanceRows', () => {
  it('keeps the rows where the codes differ and folds the shared ones out of the table', () => {
    const { differing, common } = glanceRows(c450, c550);
    assert.deepEqual(
      differing.map((r) => r.label),
      ['Reply text', 'Class', 'Retry', 'RFC-listed commands'],
    );
    assert.deepEqual(
      common.map((r) => r.label),
      ['Group', 'Reply type', 'Kind', 'Connection'],
    );
    assert.equal(row(common, 'Group')?.a, 'x5x File system');
  });

  it('gives a 6yz no RFC prose as its reply text, no function group, and the commands it wraps', () => {
    assert.equal(wireText(c631), 'Base64 text: the real reply, protected by the security mechanism');
    const { differing, common } = glanceRows(c631, c633);
    assert.equal(differing.length, 0, 'two wrappers share every row');
    assert.match(row(common, 'Group')?.a ?? '', /^None: RFC 2228 gives 6yz codes no function group/);
    assert.match(
      row(common, 'RFC-listed commands')?.a ?? '',
      /^Any command, once a security data exchange has completed/,
    );
    assert.doesNotMatch(JSON.stringify(common), /No FTP command|login and accounting/);
  });

  it('names a socket error for what it is and the greeting among the ways a reply arrives', () => {
    const { differing } = glanceRows(c220, c10054);
    assert.equal(row(differing, 'Reply text')?.b, 'None: Winsock WSAECONNRESET, never sent by a server');
    assert.equal(row(differing, 'RFC-listed commands')?.a, 'The greeting, before any command; REIN');
    assert.match(row(differing, 'Connection')?.b ?? '', /whichever socket failed/);
  });

  it('shows the commands servers answer beyond the RFC lists', () => {
    const withServers = {
      ...c550,
      serverCommands: [
        { command: 'STOR', program: 'vsftpd' },
        { command: 'STOR', program: 'ProFTPD' },
        { command: 'LIST', program: 'vsftpd' },
      ],
    };
    assert.equal(row(glanceRows(c450, withServers).differing, 'Servers also send it for')?.b, 'STOR, LIST');
    assert.equal(
      row(glanceRows(c450, c550).differing, 'Servers also send it for'),
      undefined,
      'left out when neither has any',
    );
  });
});

describe('commandContext', () => {
  it('says what RFC 959 lists, never "only", and names the servers that go beyond it', () => {
    assert.deepEqual(commandContext(c450, c550, RFC959_REPLIES), [], 'with no server on record, the table says it all');
    const withServers = {
      ...c550,
      serverCommands: [
        { command: 'STOR', program: 'ProFTPD' },
        { command: 'STOU', program: 'ProFTPD' },
        { command: 'STOR', program: 'Pure-FTPd' },
      ],
    };
    assert.deepEqual(commandContext(c450, withServers, RFC959_REPLIES), [
      'RFC 959 lists 450, not 550, for STOR, STOU, LIST, NLST and STAT, yet servers send 550 to some of them: ProFTPD for STOR and STOU; Pure-FTPd for STOR.',
    ]);
    assert.deepEqual(
      commandContext(c450, withServers, RFC959_REPLIES, new Set(['550 STOR', '550 STOU'])),
      [],
      'what the relation sentence named is not named again',
    );
    const samePwd = {
      ...c550,
      serverCommands: ['vsftpd 3.0.3', 'ProFTPD 1.3.8'].map((program) => ({ command: 'LIST', program })),
    };
    assert.match(
      commandContext(c450, samePwd, RFC959_REPLIES)[0] ?? '',
      /: vsftpd 3\.0\.3 and ProFTPD 1\.3\.8 for LIST\.$/,
    );
    const everywhere = {
      ...c550,
      serverCommands: ['STOR', 'STOU', 'LIST', 'NLST', 'STAT'].map((command) => ({ command, program: 'vsftpd' })),
    };
    assert.match(
      commandContext(c450, everywhere, RFC959_REPLIES)[0] ?? '',
      /yet servers send 550 to them: vsftpd for STOR, STOU, LIST, NLST and STAT\.$/,
    );
  });

  it('leaves out a command that another RFC lists the other code for, and long lists', () => {
    const c534 = side('534', { kind: 'extension', commands: ['AUTH', 'RETR', 'STOR'] });
    assert.ok(
      commandContext(c450, c534, RFC959_REPLIES).every((s) => !/for [^.]*\bRETR\b/.test(s)),
      'RFC 2228 lists 534 for RETR',
    );
    const c500 = side('500', { commands: Object.keys(RFC959_REPLIES) });
    const c450servers = { ...c450, serverCommands: [{ command: 'CWD', program: 'vsftpd' }] };
    assert.ok(
      commandContext(c500, c450servers, RFC959_REPLIES).every((s) => !s.startsWith('RFC 959 lists 500')),
      "a list of 30 commands is the table's job",
    );
    assert.deepEqual(commandContext(c220, c10054, RFC959_REPLIES), []);
  });

  it('says nothing about where RFC 959 5.4 leaves out a code that its 4.2.2 lets answer any command (421)', () => {
    const c202 = side('202', { commands: ['PASS', 'ACCT', 'SMNT', 'ALLO', 'SITE'] });
    const c421 = side('421', {
      commands: ['PASS', 'ACCT', 'SMNT', 'ALLO'],
      serverCommands: [{ command: 'SITE', program: 'Pure-FTPd' }],
    });
    assert.deepEqual(commandContext(c202, c421, RFC959_REPLIES), [
      'RFC 959 lists 202, not 421, for SITE, yet servers send 421 to it: Pure-FTPd for SITE.',
    ]);
    assert.deepEqual(commandContext(c202, c421, RFC959_REPLIES, new Set(), new Set(['421'])), []);
  });
});

describe('clipText', () => {
  it('cuts at a word boundary and marks the cut', () => {
    assert.equal(clipText('short enough', 20), 'short enough');
    assert.equal(clipText('one two three, four five', 16), 'one two three…');
    assert.ok(clipText('x'.repeat(50) + ' tail', 30).length <= 30);
  });
});
