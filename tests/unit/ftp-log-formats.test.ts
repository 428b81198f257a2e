/** The format readers, line by line: prefixes, timestamps, multi-line replies, context lines. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLog } from '../../src/lib/ftp-log/parse.ts';
import { unrepr } from '../../src/lib/ftp-log/formats/ftplib.ts';
import { looksLikeLog } from '../../src/lib/ftp-log/looks-like-log.ts';

const kinds = (text: string) => parseLog(text).entries.map((e) => [e.kind, e.code ?? e.text]);

describe('format detection and reading', () => {
  it('reads FileZilla lines with no timestamp, a clock time, the log file prefix and bracketed tags', () => {
    const log = [
      'Status:\tConnecting to 192.0.2.1:21...',
      '10:01:02\tResponse:\t220 Ready',
      '2025-01-02 10:01:02 1234 1 Command: USER bob',
      '[Debug] Trace: [ftp] CFtpControlSocket::OnReceive()',
      'Error:\tConnection timed out after 20 seconds of inactivity',
    ].join('\n');
    const parsed = parseLog(log);
    assert.equal(parsed.format, 'filezilla');
    assert.deepEqual(
      parsed.entries.map((e) => e.kind),
      ['status', 'reply', 'command', 'context', 'error'],
    );
    assert.equal(parsed.entries[1]?.time, '10:01:02');
    assert.equal(parsed.entries[2]?.text, 'USER bob');
    assert.equal(parsed.entries[3]?.text, 'CFtpControlSocket::OnReceive()');
  });

  it('reads WinSCP marks: < reply, > command, . message, ! output, * exception (class dropped)', () => {
    const log = [
      '. 2025-03-04 11:02:10.121 Connecting to host ...',
      '< 2025-03-04 11:02:10.240 220 Ready',
      '> 2025-03-04 11:02:10.241 USER alice',
      '! 2025-03-04 11:02:10.242 stderr text',
      '* 2025-03-04 11:02:10.250 (EFatal) Connection failed.',
    ].join('\r\n');
    const parsed = parseLog(log);
    assert.equal(parsed.format, 'winscp');
    assert.deepEqual(
      parsed.entries.map((e) => [e.kind, e.text]),
      [
        ['status', 'Connecting to host ...'],
        ['reply', '220 Ready'],
        ['command', 'USER alice'],
        ['context', 'stderr text'],
        ['error', 'Connection failed.'],
      ],
    );
  });

  it('groups a multi-line reply into one entry, ending at "code space" (RFC 959 4.2)', () => {
    for (const log of [
      '<--- 211-Features:\n<---  EPSV\n<---  211 is not the end\n<--- 211 End\n---> USER x',
      '< 211-Features:\n<  EPSV\n< 211 End\n> USER x',
      '211-Features:\n EPSV\n MDTM\n211 End\nUSER x',
    ]) {
      const entries = parseLog(log).entries;
      assert.equal(entries[0]?.code, '211');
      assert.equal(entries[0]?.replyLines?.at(-1), '211 End', log);
      assert.equal(entries[1]?.kind, 'command', log);
      assert.equal(entries.length, 2, log);
    }
  });

  it("splits ftplib's *resp* of a multi-line reply and treats *put*/*get* as echoes", () => {
    const log = "*get* '220-Hello\\n'\n*resp* '220-Hello\\n220 Ready'\n*cmd* 'USER x'\n*put* 'USER x\\r\\n'";
    assert.deepEqual(kinds(log), [
      ['echo', '220-Hello'],
      ['reply', '220'],
      ['command', 'USER x'],
      ['echo', 'USER x'],
    ]);
    assert.equal(parseLog(log).entries[1]?.replyLines?.length, 2);
  });

  it('undoes Python repr: quotes, \\n, \\\\, \\x escapes', () => {
    assert.equal(unrepr("'a\\nb'"), 'a\nb');
    assert.equal(unrepr('"it\'s"'), "it's");
    assert.equal(unrepr("'c:\\\\x \\xe9'"), 'c:\\x é');
  });

  it("cuts curl's progress meter off the start of a line and reads the exit line", () => {
    const log =
      '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0*   Trying 127.0.0.1:21...\n< 220 Ready\ncurl: (28) Operation timed out';
    const parsed = parseLog(log);
    assert.equal(parsed.format, 'curl');
    assert.deepEqual(
      parsed.entries.map((e) => [e.kind, e.text]),
      [
        ['status', 'Trying 127.0.0.1:21...'],
        ['reply', '220 Ready'],
        ['error', 'curl: (28) Operation timed out'],
      ],
    );
  });

  it('reads a raw transcript with and without C:/S: prefixes, and keeps unknown lines as context', () => {
    assert.deepEqual(kinds('C: USER bob\nS: 331 Password\nsomething else\nPASS x\n230 OK'), [
      ['command', 'USER bob'],
      ['reply', '331'],
      ['context', 'something else'],
      ['command', 'PASS x'],
      ['reply', '230'],
    ]);
    assert.equal(parseLog('C: USER bob\nS: 331 Password').format, 'transcript');
  });

  it('calls one pasted reply "reply"', () => {
    assert.equal(parseLog('530 Login incorrect.').format, 'reply');
    assert.equal(parseLog('  550 No such file\n').format, 'transcript'); // indented: not a reply line
  });

  it('numbers lines as the text box shows them (CR, LF and CRLF each end a line)', () => {
    const entries = parseLog('220 a\r\nUSER b\r331 c\n\nPASS d').entries;
    assert.deepEqual(
      entries.map((e) => e.line),
      [1, 2, 3, 5],
    );
  });
});

describe('looksLikeLog (the search box offer)', () => {
  it('says yes to several lines and to one line in a log format', () => {
    for (const yes of [
      'a\nb',
      'Response:\t530 Login incorrect.',
      '< 227 Entering Passive Mode (1,2,3,4,5,6)',
      '---> PASV',
      "*resp* '530 No'",
      '530 Login incorrect.',
      'curl: (7) Failed to connect',
    ])
      assert.ok(looksLikeLog(yes), yes);
  });
  it('says no to ordinary queries', () => {
    for (const no of ['530', '425 vs 426', 'not logged in', 'passive mode', '550 permission'])
      assert.ok(!looksLikeLog(no), no);
  });
});
