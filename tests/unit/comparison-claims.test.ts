/**
 * The checks the site test runs over every comparison page, shown to fail on the sentences
 * the old generator wrote (issue 12) and to pass the relation sentences that replaced them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  captionProblem,
  commandsIn,
  falseClaims,
  restatesRow,
  roleClaims,
  rowClaims,
  type ClaimContext,
} from '../helpers/comparison-claims.ts';
import { knownCommands, listedCommands, recordedCommands } from '../helpers/known-commands.ts';
import { readEntries } from '../helpers/entries.ts';
import { RFC959_REPLIES } from '../../src/data/rfc/sequences.ts';
import { EXCHANGE_STEPS } from '../../src/data/exchange-steps.ts';
import { rfcListing } from '../../src/data/rfc-listing.ts';
import { relationSideFromData, relationsOf, type RelationSide, type SideData } from '../../src/lib/relation.ts';
import { relationSentence, type TextSide } from '../../src/lib/relation-text.ts';
import { allPairs } from '../../src/lib/pairs.ts';

const KNOWN: Record<string, string[]> = {
  '450': ['RETR', 'STOR', 'LIST', 'DELE'],
  '550': ['RETR', 'DELE', 'CWD', 'STOR'],
  '221': ['QUIT'],
  '421': ['QUIT', 'USER', 'RETR'],
};
const ctx: ClaimContext = {
  known: (code) => new Set(KNOWN[code] ?? []),
  listed: (code) => new Set((KNOWN[code] ?? []).filter((c) => c !== 'STOR' || code !== '550')),
  rfc959: RFC959_REPLIES,
};

describe('falseClaims', () => {
  it('catches "only" and "no command returns both" where an entry says otherwise', () => {
    assert.equal(falseClaims('Only 450 answers STOR, STOU, LIST, NLST and STAT.', ['450', '550'], ctx).length, 1);
    assert.equal(
      falseClaims('No command returns both: 221 answers QUIT, and 421 answers USER.', ['221', '421'], ctx).length,
      1,
    );
    assert.equal(falseClaims('550 does not answer STOR.', ['450', '550'], ctx).length, 1);
  });

  it('checks sentences about RFC 959 against RFC 959 5.4', () => {
    assert.deepEqual(
      falseClaims('RFC 959 lists 450, not 550, for STOR, STOU, LIST, NLST and STAT.', ['450', '550'], ctx),
      [],
    );
    assert.equal(
      falseClaims('RFC 959 lists 450, not 550, for RETR and STOR.', ['450', '550'], ctx).length,
      1,
      'RFC 959 lists 550 for RETR',
    );
    assert.deepEqual(
      falseClaims(
        'RFC 959 lists both 450 and 550 as answers to RETR, APPE, RNFR and DELE: 450 ...',
        ['450', '550'],
        ctx,
      ),
      [],
    );
    assert.equal(
      falseClaims('RFC 959 lists both 450 and 550 as answers to STOR and DELE.', ['450', '550'], ctx).length,
      1,
    );
  });

  it('lets true sentences through', () => {
    assert.deepEqual(
      falseClaims(
        '451 can end a transfer that 125 opened, in failure: RFC 959 5.4 lists it among the replies that follow 125 for RETR.',
        ['125', '451'],
        ctx,
      ),
      [],
    );
    assert.deepEqual(commandsIn('RFC 959 lists 450 for STOR and LIST'), ['STOR', 'LIST']);
  });
});

describe('restatesRow', () => {
  const rows = ['Class', 'Group', 'Kind', 'Connection', 'Retry', 'RFC-listed commands'].map((label) => ({
    label,
    cells: [] as string[],
  }));

  it('flags the old generated sentences that only repeat the table', () => {
    for (const old of [
      '125 is a preliminary reply (1xx): the server has started, and a final reply will follow; 451 is a transient failure (4xx): the same command may work if sent again later.',
      'By topic, 125 is about the connections themselves (x2x), while 451 is about the file system (x5x).',
      '125 concerns the data connection; 451 concerns both connections.',
      'Both can answer RETR, STOR, STOU, APPE, LIST and NLST.',
      '227 is defined in RFC 959; 229 is defined by an extension, RFC 2428.',
    ])
      assert.ok(restatesRow(old, rows), old);
  });

  it('passes sentences that say how the two codes relate', () => {
    for (const now of [
      '451 can end a transfer that 125 opened, in failure: RFC 959 5.4 lists it among the replies that follow 125 for RETR, STOR, STOU, APPE, LIST and NLST.',
      "426 and 10054 can be two views of one broken transfer: the client's system reports the reset data connection as 10054, and the server's reply on the control connection, when one arrives, is 426.",
      '331 asks for the password; 530 answers the PASS that follows when it is refused (RFC 959 5.4).',
    ])
      assert.equal(restatesRow(now, rows), false, now);
  });
});

describe('captionProblem', () => {
  it('wants "ends in" to name the last reply code', () => {
    assert.equal(
      captionProblem('An exchange that ends in 450', ['227', '350']),
      'says it ends in 450, but the last reply is 350',
    );
    assert.equal(captionProblem('An exchange with 125 that ends in 226', ['227', '125', '226']), undefined);
    assert.match(captionProblem('An exchange with 150 that ends in 226', ['227', '125', '226']) ?? '', /never appears/);
    assert.equal(captionProblem('An exchange in which no server reply arrives', []), undefined);
    assert.match(captionProblem('An exchange in which no server reply arrives', ['421']) ?? '', /421/);
  });
});

/** The checks as the site test runs them: with what the entries, the recordings and the RFC rules know. */
const real: ClaimContext = { known: knownCommands, listed: listedCommands, rfc959: RFC959_REPLIES };

describe("the issue's examples, checked against the collection itself", () => {
  it('"Only 450 answers ..." on 450 vs 550: the 550 entry and the recordings have servers answer STOR with 550', () => {
    assert.notDeepEqual(falseClaims('Only 450 answers STOR, STOU, LIST, NLST and STAT.', ['450', '550'], real), []);
  });

  it('"Only 213 answers SIZE and MDTM." on 213 vs 530: vsftpd answers any command but a few with 530 before login', () => {
    assert.notDeepEqual(falseClaims('Only 213 answers SIZE and MDTM.', ['213', '530'], real), []);
  });

  it('"No command returns both" on 221 vs 421: RFC 959 4.2.2 lets 421 answer any command, QUIT included', () => {
    assert.notDeepEqual(falseClaims('No command returns both.', ['221', '421'], real), []);
    assert.notDeepEqual(
      falseClaims(
        '221 and 421 do not meet in one exchange: no command is known to get both, and neither leads to the other.',
        ['221', '421'],
        real,
      ),
      [],
    );
  });

  it('"Returned by: No FTP command" on 631 vs 633: RFC 2228 8.2 lets any command get a protected reply', () => {
    assert.notDeepEqual(rowClaims('Returned by', ['No FTP command', 'No FTP command'], ['631', '633'], real), []);
    assert.notDeepEqual(rowClaims('RFC-listed commands', ['None in any RFC', 'MIC'], ['631', '633'], real), []);
    assert.deepEqual(rowClaims('RFC-listed commands', ['None in any RFC', 'AUTH, PROT'], ['430', '431'], real), []);
  });

  it('"202 ... did what it asked" and "120 ... has started" give each the meaning of its class', () => {
    assert.notDeepEqual(roleClaims('202 is a success (2xx): the command did what it asked.'), []);
    assert.notDeepEqual(
      roleClaims('120 is a preliminary reply (1xx): the server has started, and a final reply will follow.'),
      [],
    );
    assert.notDeepEqual(roleClaims('Both can answer PASS: 202 reports success, while 530 refuses it.'), []);
    assert.deepEqual(roleClaims('202 says the command was not needed at this site, so there was nothing to do.'), []);
    assert.deepEqual(roleClaims('120 says the server is not ready yet, while 421 turns the client away.'), []);
  });
});

describe('the relation sentences of every pair, checked as the site test checks the pages', () => {
  const data = new Map(readEntries().map((e) => [String(e.data['code']), e.data as unknown as SideData & TextSide]));
  // As src/data/relations.ts builds them: recorded commands count as server uses.
  const side = (code: string): RelationSide => {
    const s = relationSideFromData(data.get(code)!);
    const named = new Set([...s.commands, ...s.serverCommands.map((u) => u.command)]);
    const extra = [...recordedCommands(code)]
      .filter((c) => !named.has(c))
      .map((command) => ({ command, program: 'a recorded server' }));
    return { ...s, serverCommands: [...s.serverCommands, ...extra] };
  };
  it('make no false command claim and never give 202 or 120 the meaning of their class', () => {
    const problems: string[] = [];
    for (const [a, b] of allPairs([...data.keys()])) {
      for (const linked of [false, true]) {
        const relations = relationsOf(side(a), side(b), EXCHANGE_STEPS);
        for (const r of relations) {
          const s = relationSentence(r, (c) => data.get(c) as TextSide, rfcListing, linked);
          for (const claim of [...falseClaims(s, [a, b], real), ...roleClaims(s)])
            problems.push(`${a}/${b}: ${claim}: ${s}`);
        }
      }
    }
    assert.deepEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });
});
