/**
 * The replies an RFC gives for each command, read in the form the RFC uses:
 * a command-reply table (RFC 959 5.4, RFC 2228 8.2), per-command paragraphs that say
 * "respond with reply code 504" (RFC 2228 section 3), an ABNF response rule
 * (RFC 3659, 2640, 7151), prose that names the codes (RFC 2389, 2428, 4217), or a
 * timing diagram's arrows (RFC 4217 section 12).
 */
import { isBlank, type TextLine } from './rfc-text.ts';
import { normalizeSpace, paragraphsOf, sentencesOf } from './paragraphs.ts';
import { mentionedClasses, mentionedCodes } from '../../src/lib/rfc-mentions.ts';

/** The replies one place in an RFC lists for one command (or for connecting). */
export interface ReplyList {
  /** The section the list is in. */
  section: string;
  /** The command; null for the replies to opening the connection. */
  command: string | null;
  /** The reply codes, in the order first given. */
  replies: string[];
  /** Whole classes allowed by pattern ("4xy") or by an ABNF rule such as error-response, as first digits. */
  classes: string[];
  /** How the list was read. */
  from: 'table' | 'command-block' | 'abnf' | 'prose' | 'diagram';
}

function unique(items: Iterable<string>): string[] {
  return [...new Set(items)];
}

const TABLE_COMMAND = /^\s+([A-Z]{3,4})\s*$/;
const TABLE_REPLIES = /^\s+\(?[1-6]\d\d\)?(?:[ ,]+\(?[1-6]\d\d\)?)*\s*$/;

/**
 * A command-reply table: a command alone on a line, then lines of codes under it.
 * Codes under the "Connection Establishment" heading answer the connection itself.
 */
export function tableLists(lines: readonly TextLine[], section: string, commands: readonly string[]): ReplyList[] {
  const known = new Set(commands);
  const byCommand = new Map<string | null, string[]>();
  let current: string | null | undefined;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const command = TABLE_COMMAND.exec(line.text)?.[1];
    if (command !== undefined && known.has(command)) {
      current = command;
      if (!byCommand.has(command)) byCommand.set(command, []);
    } else if (TABLE_REPLIES.test(line.text)) {
      if (current === undefined)
        throw new Error(
          `section ${section}: reply codes before any command or heading: "${line.text.trim()}" (line ${line.line})`,
        );
      byCommand.get(current)?.push(...(line.text.match(/[1-6]\d\d/g) ?? []));
    } else {
      // A group heading or prose: what follows belongs to no command until one is named.
      current = /^connection establishment$/i.test(line.text.trim()) ? null : undefined;
      if (current === null && !byCommand.has(null)) byCommand.set(null, []);
    }
  }
  return [...byCommand].map(([command, replies]) => ({
    section,
    command,
    replies: unique(replies),
    classes: [],
    from: 'table' as const,
  }));
}

const BLOCK_HEADING = /^\s+[A-Z][A-Z /-]*\(([A-Z]{3,4})\)(?: and)?\s*$/;
// "respond with reply code 500", "respond with a 501 reply code", "reply with a 200 reply code", "should reply 503".
const RESPOND_WITH = /\b(?:respond|reply)(?:ing)?\s+(?:with\s+)?(?:an?\s+)?(?:reply\s+code\s+)?([1-6]\d\d)\b/g;

/**
 * Per-command paragraphs under a capitalised heading naming the command in parentheses
 * ("DATA CHANNEL PROTECTION LEVEL (PROT)"); a run of such headings shares one block.
 * Only codes the text says the server responds or replies with are taken.
 */
export function commandBlockLists(lines: readonly TextLine[], section: string): ReplyList[] {
  const out: ReplyList[] = [];
  let heads: string[] = [];
  let body: string[] = [];
  let inHeading = false;
  const flush = (): void => {
    if (heads.length === 0) return;
    const text = normalizeSpace(body.join(' '));
    const replies = unique([...text.matchAll(RESPOND_WITH)].map((m) => m[1] ?? ''));
    for (const command of heads) out.push({ section, command, replies, classes: [], from: 'command-block' });
  };
  for (const line of lines) {
    const command = BLOCK_HEADING.exec(line.text)?.[1];
    if (command !== undefined) {
      if (!inHeading) {
        flush();
        heads = [];
        body = [];
      }
      heads.push(command);
      inHeading = true;
    } else {
      if (!isBlank(line)) inHeading = false;
      body.push(line.text);
    }
  }
  flush();
  return out;
}

/** The ABNF rules of a whole RFC: name -> definition, continuation lines joined. */
export function abnfRules(lines: readonly TextLine[]): Map<string, string> {
  const rules = new Map<string, string>();
  let name: string | undefined;
  let nameIndent = 0;
  for (const line of lines) {
    const m = /^(\s+)([A-Za-z][\w-]*)\s+=\s+(\S.*)$/.exec(line.text);
    if (m !== null) {
      name = m[2] ?? '';
      nameIndent = (m[1] ?? '').length;
      if (!rules.has(name)) rules.set(name, m[3] ?? '');
      else name = undefined; // a second definition of the same name (a repeated example) is ignored
    } else if (name !== undefined && !isBlank(line) && line.text.length - line.text.trimStart().length > nameIndent) {
      rules.set(name, `${rules.get(name) ?? ''} ${line.text.trim()}`);
    } else {
      name = undefined;
    }
  }
  return rules;
}

/**
 * The codes an ABNF response rule allows, following the rules it names: quoted codes
 * ("213", "250-"), and whole classes where a rule reads like ("4" / "5") 2DIGIT.
 */
export function abnfReplies(rules: Map<string, string>, start: string): { replies: string[]; classes: string[] } {
  const replies: string[] = [];
  const classes: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const body = rules.get(name);
    if (body === undefined) return;
    for (const m of body.matchAll(/"([1-6]\d\d)(?:[- ][^"]*)?"/g)) replies.push(m[1] ?? '');
    if (/\b2DIGIT\b/.test(body)) for (const m of body.matchAll(/"([1-6])"/g)) classes.push(m[1] ?? '');
    for (const m of body.matchAll(/[A-Za-z][\w-]*/g)) if (rules.has(m[0])) visit(m[0]);
  };
  if (!rules.has(start)) throw new Error(`no ABNF rule "${start}"`);
  visit(start);
  return { replies: unique(replies), classes: unique(classes).sort() };
}

/**
 * The codes that prose names: every code and class pattern in the given lines, or only in
 * the sentences that contain `sentence` when it is given.
 */
export function proseReplies(lines: readonly TextLine[], sentence?: string): { replies: string[]; classes: string[] } {
  // Lines that define what a digit means ("5yz Negative Completion") are not replies.
  const paragraphs = paragraphsOf(lines.filter((l) => !DIGIT_DEFINITION.test(l.text)));
  const sentences = paragraphs.flatMap(sentencesOf).filter((s) => sentence === undefined || s.includes(sentence));
  if (sentences.length === 0) throw new Error(`no sentence contains "${sentence ?? ''}"`);
  // A class counts only where the text says such replies are possible ("Various 4xy replies are also possible").
  const classes = sentences.filter((s) => /\bpossible\b/.test(s)).flatMap(mentionedClasses);
  return { replies: mentionedCodes(sentences.join(' ')), classes: unique(classes).sort() };
}

/** A line that defines a digit pattern: "4yz   Transient Negative Completion reply". */
export const DIGIT_DEFINITION = /^\s+([1-6]yz|x[0-9]z|xy[0-9])\s+(\S.*)$/;

const DIAGRAM_COMMAND = /^\s+([A-Z]{3,4})\b[^<>]*?-{3,}>\s*$/;
const DIAGRAM_REPLY = /^\s*<-{3,}\s+([1-6]\d\d)\b/;

/** A timing diagram: each server reply arrow answers the last command arrow above it. */
export function diagramLists(lines: readonly TextLine[], section: string, commands: readonly string[]): ReplyList[] {
  const known = new Set(commands);
  const byCommand = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of lines) {
    const command = DIAGRAM_COMMAND.exec(line.text)?.[1];
    if (command !== undefined && known.has(command)) {
      current = command;
      if (!byCommand.has(command)) byCommand.set(command, []);
      continue;
    }
    const reply = DIAGRAM_REPLY.exec(line.text)?.[1];
    if (reply !== undefined && current !== undefined) byCommand.get(current)?.push(reply);
  }
  return [...byCommand].map(([command, replies]) => ({
    section,
    command,
    replies: unique(replies),
    classes: [],
    from: 'diagram' as const,
  }));
}
