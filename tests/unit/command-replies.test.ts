/** The replies of a command, derived from the code entries, and their order in the exchange. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  placementProblems,
  repliesByCommand,
  replyTree,
  rfcListings,
  treeReplies,
} from '../../src/lib/command-replies.ts';
import type { ReplyLine } from '../../src/schemas/command-entry.ts';

const FILE = 'content/commands/RETR.yaml';
const general = (code: string, command: string): string | undefined =>
  code === '500' ? `${command} was not understood` : undefined;

describe('repliesByCommand', () => {
  it("lists each command's replies once, numerically, marking RFC-listed ones and collecting server sources", () => {
    const map = repliesByCommand([
      {
        code: '550',
        commands: ['RETR'],
        serverCommands: [
          { command: 'STOR', source: 'A' },
          { command: 'STOR', source: 'B' },
        ],
      },
      { code: '150', commands: ['RETR', 'STOR'] },
    ]);
    assert.deepEqual(map.get('RETR'), [
      { code: '150', rfc: true, serverSources: [] },
      { code: '550', rfc: true, serverSources: [] },
    ]);
    assert.deepEqual(map.get('STOR'), [
      { code: '150', rfc: true, serverSources: [] },
      { code: '550', rfc: false, serverSources: ['A', 'B'] },
    ]);
    assert.equal(map.has('LIST'), false);
  });
});

describe('replyTree', () => {
  const listed = ['110', '150', '226', '425', '500', '550'].map((code) => ({ code, rfc: true, serverSources: [] }));
  const notes: Record<string, ReplyLine> = {
    '110': { means: 'marker', after: 'preliminary' },
    '150': { means: 'opening' },
    '226': { means: 'done', after: 'preliminary' },
    '425': { means: 'no connection', after: 'either' },
    '550': { means: 'no file' },
  };

  it('orders preliminary replies, what follows them, and final replies; "either" appears in both places', () => {
    const { tree, problems } = replyTree('RETR', listed, notes, general, FILE);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      tree?.preliminary.map((r) => r.code),
      ['150'],
    );
    assert.deepEqual(
      tree?.afterPreliminary.map((r) => r.code),
      ['110', '226', '425'],
    );
    assert.deepEqual(
      tree?.final.map((r) => r.code),
      ['425', '500', '550'],
    );
    assert.equal(tree?.final.find((r) => r.code === '500')?.means, 'RETR was not understood');
    assert.deepEqual(
      treeReplies(tree).map((r) => r.code),
      ['110', '150', '226', '425', '500', '550'],
    );
  });

  it('puts intermediate replies last with the command that comes next', () => {
    const { tree } = replyTree(
      'USER',
      [{ code: '331', rfc: true, serverSources: [] }],
      { '331': { means: 'password', next: ['PASS'] } },
      general,
      'content/commands/USER.yaml',
    );
    assert.deepEqual(
      tree?.intermediate.map((r) => [r.code, r.next]),
      [['331', ['PASS']]],
    );
  });

  it('names the file and the code when a reply has no line of its own and no general one', () => {
    const { problems } = replyTree(
      'RETR',
      listed,
      { ...notes, '550': undefined as unknown as ReplyLine },
      general,
      FILE,
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0] as string, /^content\/commands\/RETR\.yaml: field "replies" has no line for 550/);
  });

  it('asks intermediate replies for the command that comes next', () => {
    const { problems } = replyTree(
      'REST',
      [{ code: '350', rfc: true, serverSources: [] }],
      { '350': { means: 'pending' } },
      general,
      'content/commands/REST.yaml',
    );
    assert.deepEqual(problems, [
      'content/commands/REST.yaml: field "replies.350.next": an intermediate reply needs the command that comes next',
    ]);
  });

  it('treats "after" as final when the command has no preliminary reply, and the lint reports it', () => {
    const replies = [{ code: '250', rfc: true, serverSources: [] }];
    const lines = { '250': { means: 'deleted', after: 'preliminary' as const } };
    const { tree } = replyTree('DELE', replies, lines, general, 'content/commands/DELE.yaml');
    assert.deepEqual(
      tree?.final.map((r) => r.code),
      ['250'],
    );
    assert.deepEqual(placementProblems('DELE', replies, lines, 'content/commands/DELE.yaml'), [
      'content/commands/DELE.yaml: field "replies.250.after": DELE has no preliminary reply for 250 to follow',
    ]);
    assert.deepEqual(placementProblems('RETR', listed, notes, FILE), []);
  });
});

describe('rfcListings', () => {
  it('names each RFC section that lists a reply for the command, by code or by class, once and in order', () => {
    const lists = [
      { rfc: 3659, section: '3.2', command: 'MDTM', replies: ['550', '500'], classes: ['4'] },
      { rfc: 3659, section: '3.1', command: 'MDTM', replies: ['213'], classes: [] },
      { rfc: 959, section: '5.4', command: 'RETR', replies: ['550'], classes: [] },
    ];
    assert.deepEqual(rfcListings('MDTM', '550', lists), [{ rfc: 3659, section: '3.2' }]);
    assert.deepEqual(rfcListings('MDTM', '451', lists), [{ rfc: 3659, section: '3.2' }]);
    assert.deepEqual(rfcListings('MDTM', '213', lists), [{ rfc: 3659, section: '3.1' }]);
    assert.deepEqual(rfcListings('MDTM', '226', lists), []);
  });
});
