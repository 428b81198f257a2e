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
  type ClaimContext,
} from '../helpers/comparison-claims.ts';
import { RFC959_REPLIES } from '../../src/data/rfc/sequences.ts';

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
