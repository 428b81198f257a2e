import { mentionedCommands } from './rfc-mentions.ts';

/**
 * The shape of the facts extracted from the RFC texts (src/data/rfc/*.json, written by
 * `npm run rfc:extract`), and the questions the content checks ask of them. Pure: the
 * data is passed in, so tests can use small hand-made fixtures.
 */

/** One section of an RFC and what its own text (not its subsections') mentions. */
export interface RfcSection {
  /** "4.2.1", "Appendix II", or "A.1" inside an appendix. */
  number: string;
  /** The heading as printed, white space normalised. */
  heading: string;
  /** Reply codes the section's own text mentions. */
  codes: string[];
  /** FTP commands the section's own text mentions. */
  commands: string[];
  /** Reply classes it names by pattern ("4xy" gives "4"). */
  classes: string[];
}

/** A reply text as the RFC prints it. */
export interface RfcReplyLine {
  section: string;
  code: string;
  /** The text after the code, white space normalised. */
  text: string;
  /** A line of a reply list, an example string, or a reply quoted in prose. */
  form: 'list' | 'example' | 'quoted';
}

/** The meaning an RFC gives a digit pattern: "4yz" Transient Negative Completion reply. */
export interface RfcDigitMeaning {
  section: string;
  /** "1yz" (first digit), "x2z" (second digit) or "xy9" (third digit). */
  pattern: string;
  label: string;
}

/** The replies one place in an RFC gives for one command (null: opening the connection). */
export interface RfcReplyList {
  section: string;
  command: string | null;
  replies: string[];
  /** Whole classes allowed ("4" for "any of the 4xy replies" or an ABNF error-response). */
  classes: string[];
  from: 'table' | 'command-block' | 'abnf' | 'prose' | 'diagram';
}

/** Everything extracted from one RFC. */
export interface RfcFacts {
  rfc: number;
  /** The file it was read from. */
  file: string;
  sections: RfcSection[];
  replyLines: RfcReplyLine[];
  digitMeanings: RfcDigitMeaning[];
  replyLists: RfcReplyList[];
}

/** Whether `inner` is `outer` or one of its subsections ("4.2.1" is inside "4.2"). */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}.`);
}

/** The section with this number, if the RFC has it. */
export function findSection(facts: RfcFacts, number: string): RfcSection | undefined {
  return facts.sections.find((s) => s.number === number);
}

/**
 * What a section mentions, its subsections included. The commands of its ancestors'
 * headings count too: "3.2 Error Responses" under "3. File Modification Time (MDTM)" is about MDTM.
 */
export function mentionsWithin(
  facts: RfcFacts,
  number: string,
  commandNames: readonly string[],
): { codes: Set<string>; commands: Set<string>; classes: Set<string> } {
  const inside = facts.sections.filter((s) => isWithin(s.number, number));
  const ancestors = facts.sections.filter((s) => s.number !== number && isWithin(number, s.number));
  return {
    codes: new Set(inside.flatMap((s) => s.codes)),
    commands: new Set([
      ...inside.flatMap((s) => s.commands),
      ...ancestors.flatMap((s) => mentionedCommands(s.heading, commandNames)),
    ]),
    classes: new Set(inside.flatMap((s) => s.classes)),
  };
}

/** Collapses runs of white space, for comparing a quotation with the RFC's text. */
export function normalizeQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
