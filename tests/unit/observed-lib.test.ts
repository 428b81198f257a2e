/**
 * The pure modules behind the "What real servers send" sections and /servers/ pages
 * (src/lib/observed/), on small hand-made recordings: replies and what they answer, distinct
 * replies per code and server, the matrix and its disagreements, client outcomes, and the
 * matching of entry texts against recorded lines.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Observation } from '../../src/schemas/observation.ts';
import {
  allReplies,
  answeredBy,
  replyCodeOf,
  replyTextLines,
  upstreamVersion,
} from '../../src/lib/observed/replies.ts';
import { distinctReplies, observedCodes, repliesForCode, serverCatalogue } from '../../src/lib/observed/catalogue.ts';
import { scenarioMatrix } from '../../src/lib/observed/matrix.ts';
import { clientOutcomes, outcomesForCode } from '../../src/lib/observed/outcomes.ts';
import { sameText, textShape } from '../../src/lib/observed/shapes.ts';
import { confirmingReplies, serverOfProgram } from '../../src/lib/observed/wordings.ts';
import { greetedBy, lineShapesOf, unsentExampleLines } from '../../src/lib/observed/examples.ts';
import { recordedLines } from '../../src/lib/observed/transcript-lines.ts';

const base: Pick<Observation, 'package' | 'version' | 'group' | 'config' | 'focus'> = {
  package: 'p',
  version: '1.0-1',
  group: 'files',
  config: [],
  focus: 'RETR',
};

/** A download of a missing file: curl (SIZE refused) and ftplib (RETR refused). */
function missing(server: Observation['server'], sizeReply: string, retrReply: string): Observation {
  return {
    ...base,
    server,
    scenario: 'retr-missing',
    description: 'Download a missing file',
    order: 2,
    runs: [
      {
        client: 'curl',
        clientVersion: '7.88.1',
        command: 'curl',
        result: { exitCode: 78, message: 'curl: (78) The file does not exist' },
        transcript: [
          { server: ['220 hello'] },
          { client: 'USER alice' },
          { server: ['331 pw'] },
          { client: 'SIZE missing.txt' },
          { server: [sizeReply], focus: true },
        ],
      },
      {
        client: 'ftplib',
        clientVersion: '3.11.2',
        result: {
          calls: [{ call: "retrbinary('RETR missing.txt')", raised: { class: 'ftplib.error_perm', text: retrReply } }],
        },
        transcript: [{ server: ['220 hello'] }, { client: 'RETR missing.txt' }, { server: [retrReply], focus: true }],
      },
    ],
  };
}

const FEAT: Observation = {
  ...base,
  server: 'vsftpd',
  scenario: 'feat',
  description: 'Ask for features',
  order: 1,
  group: 'session',
  focus: 'FEAT',
  runs: [
    {
      client: 'raw',
      clientVersion: '3.11.2',
      transcript: [
        { server: ['220 hello'] },
        { client: 'FEAT' },
        { server: ['211-Features:', ' EPSV', '211 End'], focus: true },
      ],
    },
  ],
};
const SKIPPED: Observation = {
  ...base,
  server: 'pure-ftpd',
  scenario: 'feat',
  description: 'Ask for features',
  order: 1,
  group: 'session',
  focus: 'FEAT',
  notRecorded: 'not this one',
  runs: [],
};
const RECORDINGS = [
  missing('vsftpd', '550 Could not get file size.', '550 Failed to open file.'),
  missing('proftpd', '550 missing.txt: No such file or directory', '550 missing.txt: No such file or directory'),
  missing('pure-ftpd', '553 Odd one out', '553 Odd one out'),
  FEAT,
  SKIPPED,
];
const SERVERS = ['vsftpd', 'proftpd', 'pure-ftpd'] as const;
const replies = allReplies(RECORDINGS);

describe('replies', () => {
  it('reads the code from the first line and the text from each line', () => {
    assert.equal(replyCodeOf(['211-Features:', ' EPSV', '211 End']), '211');
    assert.equal(replyCodeOf(['hello']), undefined);
    assert.deepEqual(replyTextLines(['211-Features:', ' EPSV', '211 End']), ['Features:', ' EPSV', 'End']);
  });

  it('flattens every run in scenario order, with the command each reply answers and the arguments sent so far', () => {
    assert.equal(replies[0]?.scenario, 'feat');
    const size = replies.find((r) => r.server === 'vsftpd' && r.lines[0] === '550 Could not get file size.');
    assert.equal(size?.command, 'SIZE missing.txt');
    assert.deepEqual(size?.clientArguments, ['alice', 'missing.txt']);
    assert.equal(replies.find((r) => r.code === '220')?.command, undefined);
  });

  it('says what a reply answered: a verb, connecting, or the event a scenario is about', () => {
    assert.equal(answeredBy(replies.find((r) => r.code === '220')!), 'connecting');
    assert.equal(answeredBy(replies.find((r) => r.code === '211')!), 'FEAT');
    assert.equal(answeredBy({ ...replies.find((r) => r.code === '211')!, about: 'idle' }), 'idle');
  });

  it('takes the upstream version out of a Debian version', () => {
    assert.equal(upstreamVersion('1.3.8+dfsg-4+deb12u5'), '1.3.8');
    assert.equal(upstreamVersion('3.0.3-13+b2'), '3.0.3');
    assert.equal(upstreamVersion('1:2.4-1'), '2.4');
  });
});

describe('catalogue', () => {
  it('keeps each reply once per server, shown by a scenario where it is the reply the scenario is about', () => {
    const greetings = distinctReplies(replies.filter((r) => r.code === '220'));
    assert.equal(greetings.length, 3);
    const byServer = repliesForCode(replies, '550', SERVERS);
    assert.deepEqual([...byServer.keys()], ['vsftpd', 'proftpd']);
    assert.deepEqual(
      byServer.get('vsftpd')?.map((r) => r.lines[0]),
      ['550 Could not get file size.', '550 Failed to open file.'],
    );
    assert.equal(byServer.get('vsftpd')?.[0]?.shownIn.focus, true);
  });

  it("lists every code sent, and one server's replies by code", () => {
    assert.deepEqual(observedCodes(replies), ['211', '220', '331', '550', '553']);
    assert.deepEqual(
      serverCatalogue(replies, 'vsftpd').map((r) => r.code),
      ['211', '220', '331', '550', '550'],
    );
  });
});

describe('matrix', () => {
  const rows = scenarioMatrix(RECORDINGS, SERVERS);

  it('orders scenarios and marks the cell whose code differs from the majority', () => {
    assert.deepEqual(
      rows.map((r) => r.scenario),
      ['feat', 'retr-missing'],
    );
    const row = rows[1]!;
    assert.equal(row.differs, true);
    assert.deepEqual(
      row.cells.map((c) => c.odd),
      [false, false, true],
    );
    assert.deepEqual(
      row.cells[0]?.replies.map((r) => r.clients),
      [['curl'], ['ftplib']],
    );
  });

  it('says why a scenario was not recorded, and does not count it as a disagreement', () => {
    const feat = rows[0]!;
    assert.equal(feat.cells[2]?.notRecorded, 'not this one');
    assert.equal(feat.cells[1]?.notRecorded, 'No recording yet.');
    assert.equal(feat.differs, false);
  });
});

describe('client outcomes', () => {
  const outcomes = clientOutcomes(RECORDINGS);

  it('files curl under the reply the scenario is about and ftplib under the reply in its error', () => {
    const groups = outcomesForCode(outcomes, '550');
    assert.deepEqual(
      groups.map((g) => g.client),
      ['curl', 'ftplib'],
    );
    assert.deepEqual(groups[0]?.seen, [
      { scenario: 'retr-missing', description: 'Download a missing file', servers: ['proftpd', 'vsftpd'] },
    ]);
    assert.deepEqual(groups[1]?.calls, ['retrbinary()']);
    assert.equal(outcomesForCode(outcomes, '553')[0]?.exitCode, 78);
  });
});

describe('matching entry texts against recordings', () => {
  it('reads stand-ins on either side as wildcards', () => {
    assert.ok(sameText('<file>: No such file or directory', 'nowhere: No such file or directory'));
    assert.ok(sameText('Entering Passive Mode (127,0,0,1,4,1).', 'Entering Passive Mode (127,0,0,1,<p1>,<p2>).'));
    assert.ok(!sameText('Entering Passive Mode (10,0,0,1,4,1).', 'Entering Passive Mode (127,0,0,1,<p1>,<p2>).'));
    assert.ok(sameText('Local time is <time>', 'Local time is 10:21'));
  });

  it('turns what the client sent, quoted paths and numbers into wildcards, and nothing else', () => {
    const shape = textShape('"/" is the current directory', []);
    assert.ok(shape.test('"/home/alice" is the current directory'));
    assert.ok(!shape.test('"/home/alice" is your current location'));
    assert.ok(textShape('User ftpobserve logged in', ['ftpobserve']).test('User alice logged in'));
    assert.ok(textShape('213 29', []).test('213 4821'));
  });

  it('confirms a wording only from a reply of the same server and code', () => {
    const names = [
      { id: 'vsftpd' as const, name: 'vsftpd' },
      { id: 'proftpd' as const, name: 'ProFTPD' },
    ];
    assert.equal(serverOfProgram('ProFTPD 1.3.8 (mod_tls)', names), 'proftpd');
    assert.equal(serverOfProgram('FileZilla (client)', names), undefined);
    assert.equal(confirmingReplies(replies, 'proftpd', '550', '<file>: No such file or directory').length, 2);
    assert.equal(confirmingReplies(replies, 'vsftpd', '550', '<file>: No such file or directory').length, 0);
    assert.equal(confirmingReplies(replies, 'proftpd', '553', '<file>: No such file or directory').length, 0);
  });

  it('finds the example lines a server does not send, and the server a greeting names', () => {
    const shapes = lineShapesOf(replies, 'vsftpd');
    const example = 'S: 220 hello\nC: RETR a.txt\nS: 550 Failed to open file.\nS: 550 File not found\nS: 211 End';
    assert.deepEqual(unsentExampleLines(example, shapes, []), ['550 File not found']);
    assert.deepEqual(unsentExampleLines(example, shapes, [{ code: '550', text: 'File not found' }]), []);
    assert.equal(greetedBy('S: 220 (vsFTPd 3.0.3)\nC: QUIT', [{ id: 'vsftpd', name: 'vsftpd' }]), 'vsftpd');
    assert.equal(greetedBy('S: 220 ready\nC: QUIT', [{ id: 'vsftpd', name: 'vsftpd' }]), undefined);
  });

  it('draws a recorded transcript as C:/S: lines, one per reply line, the reply in focus marked', () => {
    const lines = recordedLines([
      { client: 'ABOR', note: 'as urgent data' },
      { server: ['426 a', '226 b'], focus: true },
      { event: 'closed' },
    ]);
    assert.deepEqual(
      lines.map((l) => `${l.speaker}:${l.text}:${l.focus === true}`),
      [
        'client:ABOR:false',
        'event:as urgent data:false',
        'server:426 a:true',
        'server:226 b:true',
        'event:closed:false',
      ],
    );
  });
});
