/**
 * The recorder's pure parts (scripts/observe/), which need no server: reading curl -v and
 * lftp -d output into transcripts, grouping multi-line replies, placeholders, and the rule
 * that picks the reply a scenario is about.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCurlVerbose } from '../../scripts/observe/clients/curl.ts';
import { parseLftpDebug } from '../../scripts/observe/clients/lftp.ts';
import { endsInsideReply, groupReplies } from '../../scripts/observe/replies.ts';
import { normaliseLine, normaliseTranscript, type KnownValues } from '../../scripts/observe/normalise.ts';
import { markFocus } from '../../scripts/observe/focus.ts';
import type { TranscriptItem } from '../../scripts/observe/types.ts';

const KNOWN: KnownValues = {
  ports: [41861],
  password: 'Secr3t-pw',
  paths: [['/var/cache/ftp-observe/run/vsftpd', '<run>']],
  uids: [995],
  gids: [994],
};

describe('multi-line replies', () => {
  it('groups a reply from "ddd-" to "ddd "', () => {
    assert.deepEqual(groupReplies(['211-Features:', ' EPSV', '211 End', '200 ok']), [
      ['211-Features:', ' EPSV', '211 End'],
      ['200 ok'],
    ]);
  });
  it('knows when the lines stop inside a reply', () => {
    assert.equal(endsInsideReply(['226-File done']), true);
    assert.equal(endsInsideReply(['226-File done', '226 end']), false);
    assert.equal(endsInsideReply(['150 ok']), false);
  });
});

describe('curl -v', () => {
  it('keeps a multi-line reply whole when curl logs between its lines', () => {
    const items = parseCurlVerbose(
      ['< 150 ok', '< 226-File done', '* something curl says', '< 226 end', '> QUIT', '< 221 bye'].join('\n'),
    );
    assert.deepEqual(items, [
      { server: ['150 ok'] },
      { server: ['226-File done', '226 end'] },
      { event: 'curl: something curl says' },
      { client: 'QUIT' },
      { server: ['221 bye'] },
    ]);
  });
  it('drops the lines that change with timing, keeps verdicts', () => {
    const items = parseCurlVerbose(
      ['*   Trying 127.0.0.1:41861...', '* old SSL session ID is stale, removing', '* Access denied: 530'].join('\n'),
    );
    assert.deepEqual(items, [{ event: 'curl: Access denied: 530' }]);
  });
});

describe('lftp -d', () => {
  it('reads commands, replies and notes, and keeps its messages apart', () => {
    const parsed = parseLftpDebug(
      [
        '---> RETR x',
        '<--- 550 Failed to open file.',
        '---- Closing data socket',
        'get: Access failed: 550 Failed to open file. (x)',
      ].join('\n'),
    );
    assert.deepEqual(parsed.items, [
      { client: 'RETR x' },
      { server: ['550 Failed to open file.'] },
      { event: 'lftp: Closing data socket' },
    ]);
    assert.deepEqual(parsed.messages, ['get: Access failed: 550 Failed to open file. (x)']);
  });
});

describe('placeholders', () => {
  it('hides ports, passive port numbers, the password and the run folder', () => {
    assert.equal(
      normaliseLine('227 Entering Passive Mode (127,0,0,1,117,133).', KNOWN),
      '227 Entering Passive Mode (127,0,0,1,<p1>,<p2>).',
    );
    assert.equal(
      normaliseLine('220-Local time is now 17:24. Server port: 41861.', KNOWN),
      '220-Local time is now <time>. Server port: <port>.',
    );
    assert.equal(normaliseLine('PASS Secr3t-pw', KNOWN), 'PASS <password>');
    assert.equal(
      normaliseLine('500 OOPS: cannot open /var/cache/ftp-observe/run/vsftpd/x', KNOWN),
      '500 OOPS: cannot open <run>/x',
    );
  });
  it('finds passive ports in replies and hides them everywhere in the transcript', () => {
    const items: TranscriptItem[] = [
      { server: ['229 Entering Extended Passive Mode (|||30049|)'] },
      { event: 'curl: Connecting to 127.0.0.1 (127.0.0.1) port 30049' },
    ];
    assert.deepEqual(normaliseTranscript(items, KNOWN), [
      { server: ['229 Entering Extended Passive Mode (|||<port>|)'] },
      { event: 'curl: Connecting to 127.0.0.1 (127.0.0.1) port <port>' },
    ]);
  });
  it("hides numeric ids in listings, keeping the columns whatever the id's length", () => {
    const short = normaliseTranscript(
      [{ event: 'data: -rw-r--r--    1 995      994            29 Jan 15  2024 hello.txt' }],
      KNOWN,
    );
    const long = normaliseTranscript(
      [{ event: 'data: -rw-r--r--    1 1995     1994           29 Jan 15  2024 hello.txt' }],
      { ...KNOWN, uids: [1995], gids: [1994] },
    );
    assert.deepEqual(short, long);
    assert.deepEqual(short, [{ event: 'data: -rw-r--r--    1 <uid>    <gid>          29 Jan 15  2024 hello.txt' }]);
  });
  it('hides the MLST facts that differ between machines', () => {
    const line = ' type=file;size=29;UNIX.mode=0644;UNIX.uid=995;UNIX.gid=994;unique=fe00g18a1a0; hello.txt';
    assert.equal(
      normaliseLine(line, KNOWN),
      ' type=file;size=29;UNIX.mode=0644;UNIX.uid=<uid>;UNIX.gid=<gid>;unique=<unique>; hello.txt',
    );
  });
  it("leaves Pure-FTPd's clock-dependent joke out of a reply", () => {
    const items = normaliseTranscript(
      [
        {
          server: [
            '150-Accepted data connection',
            '150-The computer is your friend. Trust the computer',
            '150 4.0 kbytes to download',
          ],
        },
      ],
      KNOWN,
    );
    assert.deepEqual(items, [{ server: ['150-Accepted data connection', '150 4.0 kbytes to download'] }]);
  });
});

describe('the reply a scenario is about', () => {
  const focused = (items: TranscriptItem[]): string | undefined => {
    const hit = items.find((i) => 'server' in i && i.focus);
    return hit && 'server' in hit ? hit.server.join('|') : undefined;
  };
  it('takes the first refusal among the replies to the focus commands', () => {
    const items: TranscriptItem[] = [
      { server: ['220 hi'] },
      { client: 'SIZE x' },
      { server: ['550 no size'] },
      { client: 'RETR x' },
      { server: ['550 no file'] },
    ];
    assert.equal(focused(markFocus(items, ['RETR', 'SIZE'])), '550 no size');
  });
  it('takes the final reply to the last focus command when nothing was refused', () => {
    const items: TranscriptItem[] = [
      { client: 'RETR x' },
      { server: ['150 opening'] },
      { event: 'data' },
      { server: ['226 done'] },
      { client: 'QUIT' },
      { server: ['221 bye'] },
    ];
    assert.equal(focused(markFocus(items, ['RETR'])), '226 done');
  });
  it('reads "greeting" as what the server sent before any command', () => {
    assert.equal(focused(markFocus([{ server: ['421 too many'] }, { client: 'QUIT' }], ['greeting'])), '421 too many');
  });
  it('keeps a mark the client set itself', () => {
    const items: TranscriptItem[] = [{ server: ['220 hi'], focus: true }, { client: 'NOOP' }, { server: ['500 no'] }];
    assert.equal(focused(markFocus(items, ['NOOP'])), '220 hi');
  });
});

describe("Pure-FTPd's speed line", () => {
  it('is left out of a failed upload reply, and kept after a successful transfer', () => {
    const failed: TranscriptItem[] = [
      {
        server: [
          '451-Error during write to file',
          '451-Transfer aborted',
          '451 0.041 seconds (measured here), 1.52 Mbytes per second',
        ],
      },
    ];
    assert.deepEqual(normaliseTranscript(failed, KNOWN), [
      { server: ['451-Error during write to file', '451 Transfer aborted'] },
    ]);
    const ok: TranscriptItem[] = [
      { server: ['226-File successfully transferred', '226 0.000 seconds (measured here), 97.52 Kbytes per second'] },
    ];
    assert.deepEqual(normaliseTranscript(ok, KNOWN), [
      {
        server: ['226-File successfully transferred', '226 <seconds> seconds (measured here), <speed> per second'],
      },
    ]);
  });
});
