/** The RFC checks on a small hand-made RFC: each rule passes good content and catches bad. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkBackedCommands,
  checkCitation,
  checkListedCommands,
  checkQuote,
  checkRfcText,
  excuses,
  type EntryFacts,
} from '../../src/lib/rfc-checks.ts';
import {
  citationInTitle,
  citationsInProse,
  codeSubjects,
  digitTopics,
  quotesInProse,
  type RfcCitation,
} from '../../src/lib/rfc-citations.ts';
import type { RfcFacts } from '../../src/lib/rfc-facts.ts';

const RFC: RfcFacts = {
  rfc: 959,
  file: 'fixture',
  sections: [
    { number: '3', heading: 'STORING (STOR)', codes: [], commands: ['STOR'], classes: [] },
    { number: '3.1', heading: 'Errors', codes: ['552'], commands: [], classes: ['4'] },
    { number: '4.2', heading: 'REPLIES', codes: ['200'], commands: ['USER'], classes: ['1', '4'] },
    { number: '4.2.1', heading: 'By group', codes: ['425', '200'], commands: [], classes: [] },
    { number: 'Appendix II', heading: 'DIRECTORIES', codes: ['521'], commands: ['MKD'], classes: [] },
  ],
  replyLines: [
    { section: '4.2.1', code: '425', text: "Can't open data connection.", form: 'list' },
    { section: '4.2.1', code: '226', text: 'Closing data connection. Requested file action successful.', form: 'list' },
  ],
  digitMeanings: [
    { section: '4.2', pattern: '4yz', label: 'Transient' },
    { section: '4.2', pattern: 'x2z', label: 'Connections' },
  ],
  replyLists: [
    { section: '5.4', command: null, replies: ['220'], classes: [], from: 'table' },
    { section: '5.4', command: 'STOR', replies: ['425', '552'], classes: [], from: 'table' },
    { section: '3.1', command: 'STOR', replies: [], classes: ['4'], from: 'prose' },
  ],
};
// An RFC that defines no digit meanings, where "any 4xy reply" is only about which replies are possible.
const LATER: RfcFacts = {
  rfc: 3659,
  file: 'fixture',
  replyLines: [],
  digitMeanings: [],
  replyLists: [],
  sections: [
    { number: '7', heading: 'Listings (MLSD)', codes: [], commands: ['MLSD'], classes: [] },
    { number: '7.2.1', heading: 'Errors', codes: ['550'], commands: [], classes: ['4'] },
  ],
};
const FACTS = new Map([
  [959, RFC],
  [3659, LATER],
]);
const NAMES = ['STOR', 'USER', 'MKD', 'RETR'];
const cite = (section: string, context: string, kind: 'source' | 'prose' = 'source', rfc = 959): RfcCitation => ({
  rfc,
  section,
  context,
  where: 'x',
  kind,
});
const checks = (c: RfcCitation, own?: string): string[] =>
  checkCitation(c, 'f.mdx', own, FACTS, NAMES).map((p) => p.check);
const entry = (extra: Partial<EntryFacts>): EntryFacts => ({
  file: 'f.mdx',
  code: '425',
  commands: [],
  citations: [],
  ...extra,
});

describe('checkCitation', () => {
  it('accepts a section that mentions what its note names, subsections and class patterns included', () => {
    assert.deepEqual(checks(cite('4.2', 'the reply text'), '425'), []);
    assert.deepEqual(checks(cite('3.1', '552 for STOR')), [], 'STOR from the parent heading');
    assert.deepEqual(
      checks(cite('7.2.1', 'any 4xy reply, 425 among them, for MLSD', 'source', 3659)),
      [],
      'MLSD from the parent heading, 425 by its class',
    );
  });

  it('names an RFC without data, a missing section, and a section that does not mention what the note names', () => {
    assert.deepEqual(checks(cite('2', 'x', 'source', 1639)), ['rfc-available']);
    assert.deepEqual(checks(cite('4.3', 'the reply text'), '425'), ['section-exists']);
    assert.deepEqual(checks(cite('3', 'the reply text'), '200'), ['section-mentions']);
    assert.deepEqual(checks(cite('4.2.1', 'the replies of RETR')), ['section-mentions']);
  });

  it('checks a negated code the other way round', () => {
    assert.deepEqual(checks(cite('4.2.1', 'the full list, with no 434')), []);
    assert.deepEqual(checks(cite('4.2.1', 'the full list, with no 425')), ['section-mentions']);
  });

  it('asks digit and class meanings to cite the defining section', () => {
    assert.deepEqual(checks(cite('4.2', '4yz: may work later')), []);
    assert.deepEqual(checks(cite('4.2.1', '4yz: may work later')), ['digit-section']);
    assert.deepEqual(checks(cite('4.2.1', 'the second digit', 'prose')), ['digit-section']);
  });

  it("takes prose as right when one of the clause's codes or commands is there", () => {
    assert.deepEqual(checks(cite('3', 'STOR answers 999', 'prose')), []);
    assert.deepEqual(checks(cite('3', 'a 250 reply', 'prose')), ['section-mentions']);
  });
});

describe('checkRfcText', () => {
  const source = [cite('4.2.1', 'the reply text')];
  it('finds the text among the reply texts of the cited section, white space normalised', () => {
    assert.deepEqual(checkRfcText(entry({ rfcText: "Can't  open data\nconnection.", citations: source }), FACTS), []);
    assert.deepEqual(
      checkRfcText(
        entry({
          code: '226',
          rfcText: 'Closing data connection. Requested file action successful.',
          citations: source,
        }),
        FACTS,
      ),
      [],
    );
  });
  it('reports a text that is not verbatim, or not in the cited section', () => {
    assert.equal(
      checkRfcText(entry({ rfcText: 'Cannot open data connection.', citations: source }), FACTS)[0]?.check,
      'rfc-text',
    );
    assert.equal(
      checkRfcText(
        entry({ rfcText: "Can't open data connection.", citations: [cite('4.2', 'x'), cite('3', 'the reply text')] }),
        FACTS,
      ).length,
      1,
    );
  });
});

describe('command lists', () => {
  it('asks for every command an RFC list gives the code for, and the greeting flag', () => {
    assert.deepEqual(checkListedCommands(entry({ commands: ['STOR'] }), FACTS), []);
    assert.deepEqual(
      checkListedCommands(entry({ code: '552' }), FACTS).map((p) => [p.check, p.command]),
      [['rfc-listed', 'STOR']],
    );
    assert.deepEqual(
      checkListedCommands(entry({ code: '220' }), FACTS).map((p) => p.check),
      ['greeting'],
    );
    assert.deepEqual(checkListedCommands(entry({ code: '220', greeting: true }), FACTS), []);
  });

  it('accepts in `commands` only what a list gives by number or class', () => {
    assert.deepEqual(checkBackedCommands(entry({ code: '451', commands: ['STOR'] }), FACTS), [], 'STOR allows any 4xy');
    assert.deepEqual(
      checkBackedCommands(entry({ code: '552', commands: ['STOR', 'MKD'] }), FACTS).map((p) => p.command),
      ['MKD'],
    );
  });
});

describe('exceptions', () => {
  it('excuse a problem only when every given field matches', () => {
    const [problem] = checkBackedCommands(entry({ code: '552', commands: ['MKD'] }), FACTS);
    assert.ok(problem !== undefined);
    assert.ok(excuses({ check: 'rfc-backed', code: '552', command: 'MKD', reason: 'r' }, problem));
    assert.ok(!excuses({ check: 'rfc-backed', code: '553', command: 'MKD', reason: 'r' }, problem));
    assert.ok(!excuses({ check: 'rfc-listed', code: '552', reason: 'r' }, problem));
  });
});

describe('reading citations and quotations', () => {
  it('finds prose citations with the RFC named before or after, and the clause they are cited for', () => {
    const found = citationsInProse(
      'A 1xx reply comes first (RFC 959, section 4.2, and the diagrams in section 6). See section 3 of RFC 2428, and RFC 1123 4.1.2.9 and sections 5.2 and 8 there.',
    );
    assert.deepEqual(
      found.map((c) => [c.rfc, c.section]),
      [
        [959, '4.2'],
        [959, '6'],
        [2428, '3'],
        [1123, '4.1.2.9'],
        [1123, '5.2'],
        [1123, '8'],
      ],
    );
    assert.deepEqual(
      found.slice(0, 2).map((c) => digitTopics(c.context)),
      [['1yz'], []],
    );
  });

  it('reads a titled RFC source and negated codes', () => {
    assert.deepEqual(citationInTitle('RFC 959, Appendix II (Directory commands)'), {
      rfc: 959,
      section: 'Appendix II',
    });
    assert.deepEqual(codeSubjects('QUIT returns 221; no command returns 231; names 522, not 521'), [
      { name: '221', negated: false },
      { name: '231', negated: true },
      { name: '522', negated: false },
      { name: '521', negated: true },
    ]);
  });

  it('attributes a quoted reply to the nearest RFC or server, and checks it', () => {
    const quotes = quotesInProse(
      "RFC 959 gives `425 Can't open data connection.`, while vsftpd says `425 Use PORT or PASV first.`",
    );
    assert.deepEqual(
      quotes.map((q) => [q.rfc, q.text]),
      [[959, "Can't open data connection."]],
    );
    assert.deepEqual(checkQuote(quotes[0]!, 'f', new Map(), FACTS), []);
    assert.equal(
      checkQuote({ rfc: 959, code: '425', text: 'No data connection.', where: 'x' }, 'f', new Map(), FACTS)[0]?.check,
      'rfc-quote',
    );
    assert.equal(
      checkQuote({ rfc: 959, code: '226', where: 'x' }, 'f', new Map([['226', 'Transfer complete.']]), FACTS)[0]?.check,
      'rfc-quote',
    );
  });
});
