/**
 * The content against the RFC texts, using the committed facts in src/data/rfc/ (so it
 * runs on a clone without ../shared/rfc/): every entry's rfcText is a reply text of the
 * RFC section it cites for it, and every reply the prose attributes to an RFC is that RFC's;
 * every RFC citation in the entries and the guides names a
 * section that exists and mentions what it is cited for; digit meanings cite the section
 * that defines them; `commands` holds every command the RFC reply lists give a code for,
 * and nothing they do not give. Known exceptions: src/data/rfc-exceptions.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEntryFacts, readGuideCitations } from '../helpers/rfc-citations.ts';
import {
  checkBackedCommands,
  checkCitation,
  checkListedCommands,
  checkQuote,
  checkRfcText,
  excuses,
  type Problem,
} from '../../src/lib/rfc-checks.ts';
import { RFC_FACTS } from '../../src/data/rfc/index.ts';
import { RFC_CHECK_EXCEPTIONS } from '../../src/data/rfc-exceptions.ts';
import { FTP_COMMAND_NAMES, FTP_COMMANDS } from '../../src/lib/ftp-commands.ts';
import { GREETING_REPLIES, RFC959_REPLIES } from '../../src/data/rfc/sequences.ts';

const entries = readEntryFacts();
const guides = readGuideCitations();
const rfcTextOf = new Map(entries.map((e) => [e.code, e.rfcText]));
const used = new Set<number>();

/** The problems no exception excuses; marks the exceptions that excuse something. */
function unexcused(problems: Problem[]): string[] {
  return problems
    .filter((p) => {
      const i = RFC_CHECK_EXCEPTIONS.findIndex((e) => excuses(e, p));
      if (i >= 0) used.add(i);
      return i < 0;
    })
    .map((p) => p.message);
}

describe('content against the RFC texts', () => {
  it('has the extracted RFC data and content to check', () => {
    assert.ok(RFC_FACTS.size >= 9, `expected the facts of 9 RFCs, found ${RFC_FACTS.size}`);
    assert.ok(entries.length >= 10 && guides.length >= 1);
    assert.ok(
      entries.reduce((n, e) => n + e.citations.length, 0) > 100,
      'expected well over 100 RFC citations in the entries',
    );
  });

  for (const entry of entries) {
    describe(entry.file, () => {
      it('quotes its rfcText, and every reply it attributes to an RFC, from that RFC', () => {
        assert.deepEqual(
          unexcused([
            ...checkRfcText(entry, RFC_FACTS),
            ...entry.quotes.flatMap((q) => checkQuote(q, entry.file, rfcTextOf, RFC_FACTS)),
          ]),
          [],
        );
      });
      it('cites RFC sections that exist and say what they are cited for', () => {
        const problems = entry.citations.flatMap((c) =>
          checkCitation(c, entry.file, c.kind === 'source' ? entry.code : undefined, RFC_FACTS, FTP_COMMAND_NAMES),
        );
        assert.deepEqual(unexcused(problems), []);
      });
      it('lists every command the RFC reply lists give its code for, and only those', () => {
        assert.deepEqual(
          unexcused([...checkListedCommands(entry, RFC_FACTS), ...checkBackedCommands(entry, RFC_FACTS)]),
          [],
        );
      });
    });
  }

  for (const guide of guides) {
    it(`${guide.file} cites RFC sections that exist and say what they are cited for`, () => {
      assert.ok(guide.citations.length > 0, `${guide.file}: no RFC citations found; the citation reader may be broken`);
      assert.deepEqual(
        unexcused(
          guide.citations.flatMap((c) => checkCitation(c, guide.file, undefined, RFC_FACTS, FTP_COMMAND_NAMES)),
        ),
        [],
      );
    });
    it(`${guide.file} quotes from an RFC only what the RFC says`, () => {
      assert.deepEqual(unexcused(guide.quotes.flatMap((q) => checkQuote(q, guide.file, rfcTextOf, RFC_FACTS))), []);
    });
  }

  it('gives every RFC 959 command its 5.4 reply list, and the greeting its replies', () => {
    const rfc959 = Object.entries(FTP_COMMANDS)
      .filter(([, d]) => d.rfc === 959)
      .map(([c]) => c);
    assert.deepEqual(
      rfc959.filter((c) => (RFC959_REPLIES[c as keyof typeof RFC959_REPLIES] ?? []).length === 0),
      [],
    );
    assert.ok(
      GREETING_REPLIES.includes('220') && GREETING_REPLIES.includes('421'),
      `greeting replies: ${GREETING_REPLIES.join(', ')}`,
    );
  });

  it('keeps no exception that excuses nothing', () => {
    const stale = RFC_CHECK_EXCEPTIONS.filter((_, i) => !used.has(i)).map(
      (e) => `${e.check} ${JSON.stringify({ ...e, reason: undefined })}`,
    );
    assert.deepEqual(stale, []);
  });
});
