/**
 * The relation sentences: exact wording for the pairs the issue names, and for every pair
 * of the collection a sentence that names both codes, cites what it rests on, never says
 * "only", and reads as plain prose.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries } from '../helpers/entries.ts';
import { relationSideFromData, relationsOf, viaStandard, type SideData } from '../../src/lib/relation.ts';
import {
  joinList,
  relationSentence,
  roleOf,
  serverUses,
  withArticle,
  type TextSide,
} from '../../src/lib/relation-text.ts';
import { EXCHANGE_STEPS } from '../../src/data/exchange-steps.ts';
import { rfcListing } from '../../src/data/rfc-listing.ts';
import { allPairs } from '../../src/lib/pairs.ts';

const data = new Map(readEntries().map((e) => [String(e.data['code']), e.data as unknown as SideData & TextSide]));
const textSide = (code: string): TextSide => data.get(code) as TextSide;
const sentences = (a: string, b: string): string[] =>
  relationsOf(relationSideFromData(data.get(a)!), relationSideFromData(data.get(b)!), EXCHANGE_STEPS).map((r) =>
    relationSentence(r, textSide, rfcListing),
  );
const lead = (a: string, b: string): string => sentences(a, b)[0] as string;
const side = (code: string) => relationSideFromData(data.get(code)!);

describe('relationSentence for the pairs the issue names', () => {
  it('125 vs 451 says that 451 can end what 125 began', () => {
    assert.equal(
      lead('125', '451'),
      '451 can end a transfer that 125 opened, in failure: RFC 959 5.4 lists it among the replies that follow 125 for RETR, STOR, STOU, APPE, LIST and NLST.',
    );
  });

  it('426 vs 10054 calls them two views of one broken transfer; 220 vs 10061 says no 220 arrives', () => {
    assert.match(lead('426', '10054'), /^426 and 10054 can be two views of one broken transfer/);
    assert.match(lead('220', '10061'), /refused: no session starts, so the 220 greeting never arrives\.$/);
  });

  it('alternatives name the RFC, the commands and what each reply does', () => {
    assert.equal(
      lead('450', '550'),
      'RFC 959 lists both 450 and 550 as answers to RETR, APPE, RNFR and DELE: 450 refuses the command for now (the same command may work later), while 550 refuses the command for good (the command, its argument or the setup must change).',
    );
    assert.match(lead('234', '534'), /^RFC 2228 lists both 234 and 534 as answers to AUTH: /);
    assert.match(
      lead('226', '426'),
      /as the final reply to .*once 125 or 150 has opened the transfer: 226 ends the transfer successfully, while 426 ends the transfer in a failure/,
    );
    assert.match(
      lead('125', '150'),
      /each accepts the command and starts the transfer, for its own reason: 125 for “Data connection already open; transfer starting”/,
    );
  });

  it('sequences of intermediate replies and the reply to a command sent out of order', () => {
    assert.equal(
      lead('331', '530'),
      '331 asks for the password; 530 answers the PASS that follows when it is refused (RFC 959 5.4).',
    );
    assert.equal(
      lead('350', '503'),
      '503 is the reply to an RNTO sent out of order; 350, in answer to RNFR, is what tells the client to send it (RFC 959 5.4).',
    );
    assert.equal(
      lead('227', '425'),
      'After 227, the client connects to the address and port it announces; 425 answers the transfer command that follows when the data connection cannot be made.',
    );
  });

  it('202 is "nothing to do", 120 is "not ready yet", 421 ends the session: no class wording that would mislead', () => {
    assert.match(roleOf('202'), /not needed/);
    assert.match(roleOf('120'), /not ready yet/);
    assert.match(roleOf('421'), /ends the whole session/);
    assert.doesNotMatch(lead('200', '202'), /202 reports success/);
  });

  it('unrelated pairs say so plainly, unless an entry relates them by hand', () => {
    assert.equal(
      lead('220', '552'),
      '220 and 552 are not connected: no command is known to get both, and neither leads to the other in an exchange.',
    );
    const [rel] = relationsOf(
      relationSideFromData(data.get('332')!),
      relationSideFromData(data.get('532')!),
      EXCHANGE_STEPS,
    );
    assert.equal(
      relationSentence(rel!, textSide, rfcListing, true),
      '332 and 532 do not meet in one exchange: no command is known to get both, and neither leads to the other.',
    );
  });

  it("421 and vsftpd's 530 can answer any command: 221 vs 421 says both answer QUIT, not that no command gets both", () => {
    assert.equal(
      lead('221', '421'),
      '421 can answer QUIT, the command 221 answers: RFC 959 4.2.2 lets a server send 421 in reply to any command when it knows it must shut down. In reply to QUIT, 221 ends the session in good order, while 421 ends the whole session, as the server closes the control connection.',
    );
    assert.match(
      lead('225', '530'),
      /^530 can answer ABOR, the command 225 answers: vsftpd 3\.0\.3 \(prelogin\.c\) answers any command but USER, PASS, QUIT, FEAT and OPTS/,
    );
    assert.doesNotMatch(lead('221', '530'), /QUIT/, 'vsftpd takes QUIT before login');
  });

  it('350 to REST leads to the transfer that follows, and so to the replies that end it: not "not connected"', () => {
    assert.equal(
      lead('226', '350'),
      '350 asks for the transfer to restart; in the RETR, STOR or APPE that follows, once 125 or 150 has opened the transfer, 226 ends the transfer successfully (RFC 3659 5.3).',
    );
    assert.match(lead('350', '426'), /426 can end the transfer in failure/);
    assert.match(
      lead('110', '350'),
      /a marker that a 110 reported during the broken transfer \(RFC 959 4\.1\.3 and 4\.2\.2\)/,
    );
  });

  it('a code found only in lists is related through the reply servers send in its situation', () => {
    const [via] = viaStandard(side('430'), side('232'), [side('530')], EXCHANGE_STEPS);
    assert.equal(
      relationSentence(via!, textSide, rfcListing),
      'No RFC defines 430; for a failed login, servers that follow the RFCs send 530, and the RFCs list both 530 and 232 as answers to USER: 530 refuses the command for good (the command, its argument or the setup must change), while 232 reports success.',
    );
  });

  it('joins the two halves of a relation through a standard reply without lower-casing an RFC', () => {
    const [via] = viaStandard(side('10066'), side('250'), [side('550')], EXCHANGE_STEPS);
    assert.match(
      relationSentence(via!, textSide, rfcListing),
      /sends 550, and RFC 959 lists both 550 and 250 as answers to RMD/,
    );
  });

  it('a restart marker (110) is never called a final reply, nor said to close a transfer', () => {
    for (const other of ['425', '550', '421', '452']) {
      const s = lead('110', other);
      assert.doesNotMatch(s, /final reply to|closes a transfer/, s);
      assert.match(s, /marks a restart point while the transfer goes on/, s);
    }
  });

  it("a code's own wording holds only where it belongs: 220 to EPSV ALL is a success, not a greeting", () => {
    assert.equal(roleOf('220', 'first', ['EPSV']), 'reports success');
    assert.equal(roleOf('220', 'first', ['REIN', 'HOST']), 'says the server is ready for a login');
    assert.match(roleOf('421', 'first', ['EPSV']), /ends the whole session/);
  });

  it('names each server once per code, with the commands it was seen answering', () => {
    assert.equal(
      serverUses([
        { command: 'USER', programs: { '550': ['ProFTPD 1.3.8'] } },
        { command: 'PASS', programs: { '550': ['ProFTPD 1.3.8'] } },
      ]),
      'ProFTPD 1.3.8 sends 550 to USER and PASS',
    );
    assert.equal(
      serverUses([
        { command: 'EPSV', programs: { '200': ['vsftpd 3.0.3', 'ProFTPD 1.3.8'], '425': ['ProFTPD 1.3.8'] } },
      ]),
      'vsftpd 3.0.3 and ProFTPD 1.3.8 send 200 to EPSV and ProFTPD 1.3.8 sends 425 to EPSV',
    );
  });

  it("227, 229 and PORT's 200 are counterparts: the same job for different commands", () => {
    assert.equal(
      lead('227', '229'),
      '227 and 229 do the same job in answer to different commands: each prepares the data connection for the transfer command that follows, 227 in answer to PASV, 229 in answer to EPSV.',
    );
  });
});

describe('relationSentence over every pair', () => {
  it('names both codes, ends a sentence, never says "only", and has no doubled or undefined words', () => {
    const problems: string[] = [];
    for (const [a, b] of allPairs([...data.keys()])) {
      for (const s of sentences(a, b)) {
        if (!s.includes(a) || !s.includes(b)) problems.push(`${a}/${b} does not name both: ${s}`);
        if (!/[.)]$/.test(s)) problems.push(`${a}/${b} does not end a sentence: ${s}`);
        if (/\bonly\b/i.test(s.replace(/can only come after/, ''))) problems.push(`${a}/${b} says "only": ${s}`);
        if (/\b(\w+)\s+\1\b/i.test(s) || /\b(undefined|null|NaN)\b/.test(s)) problems.push(`${a}/${b}: ${s}`);
      }
    }
    assert.deepEqual(problems.slice(0, 10), []);
  });
});

describe('small wording helpers', () => {
  it('joins lists and picks the article as the command is read aloud', () => {
    assert.equal(joinList(['A', 'B', 'C'], 'or'), 'A, B or C');
    assert.equal(joinList(['A', 'B', 'C', 'D'], 'and', 2), 'A, B and 2 more');
    assert.equal(withArticle('RNTO'), 'an RNTO');
    assert.equal(withArticle('PASS'), 'a PASS');
  });

  it('names RFC 959 when its 5.4 lists both codes for every command, and otherwise does not', () => {
    assert.equal(rfcListing(['450', '550'], ['RETR', 'DELE']), 'RFC 959 lists');
    assert.equal(rfcListing(['234', '534'], ['AUTH']), 'RFC 2228 lists');
    assert.equal(rfcListing(['200', '502'], ['CDUP', 'OPTS']), 'The RFCs list');
  });
});
