/**
 * Finds what a page cites from the RFCs and what it cites it for: a titled source such as
 * "RFC 959, Appendix II", citations written in prose ("RFC 959, section 4.2", "RFC 1123
 * (section 4.1.2.11)", "section 4 of the RFC") with the clause around each, and replies
 * the prose attributes to an RFC. Also reads a note's codes, commands and digit patterns.
 */
import { mentionedCodes, mentionedCommands } from './rfc-mentions.ts';

/** One citation of an RFC section, and the text that says what it is cited for. */
export interface RfcCitation {
  rfc: number;
  /** "4.2.1" or "Appendix II". */
  section: string;
  /** The note of a source, or the clause around a citation in prose. */
  context: string;
  /** Where it was found, for messages: "sources[3]" or "line 12". */
  where: string;
  /** A front matter source (its note is checked strictly) or a citation in prose. */
  kind: 'source' | 'prose';
  /** For prose that cites several sections at once ("sections 4.2 and 5.4"): all of them. */
  together?: string[];
}

/** A code or command a note names, and whether the note says it is absent ("no 434"). */
export interface Subject {
  name: string;
  negated: boolean;
}

/** A reply that prose attributes to an RFC: "shown here as RFC 2428 writes it, <ReplyLine code="229" />". */
export interface RfcQuote {
  rfc: number;
  code: string;
  /** The quoted text after the code; absent for a <ReplyLine>, which shows the entry's rfcText. */
  text?: string;
  /** Where it was found, for messages: "line 12". */
  where: string;
}

const SECTION_NUMBER = String.raw`\d+(?:\.\d+)*`;
// "sections 5.2 and 8", "Appendix II", or a bare number after the RFC: "RFC 959 4.2.1", "RFC 959 (4.1.3)".
const SECTION_LIST = new RegExp(
  String.raw`\b[Ss]ections? (${SECTION_NUMBER}(?:(?:,? and |, | or )${SECTION_NUMBER})*)|\b(Appendix (?:[IVX]+|[A-Z]))\b|\bRFC[ -]?(\d{3,4}),? \(?(\d+\.\d+(?:\.\d+)*)\b`,
  'g',
);
const RFC_NAME = /\bRFC[ -]?(\d{3,4})\b/g;

// Where a sentence ends, or a clause that may cite something else begins.
const CLAUSE_BREAK = /[.!?](?=\s+[A-Z<*"(])|[;:](?=\s)|, (?:and|but|so|while|whereas|yet) (?=\S)/g;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z<*"(])/;

/** Turns MDX references (<CodeRef code="530" />, <ReplyLine code="227" />) into the plain code. */
export function plainText(mdx: string): string {
  return mdx.replace(/<(?:CodeRef|ReplyLine)\s+code="(\d+)"\s*\/>/g, '$1').replace(/`/g, '');
}

/**
 * What a citation in prose is cited for: its clause of the sentence (clauses end at
 * ";", ":", ", and", ", but", ", so", ", while" ...), cut short where a neighbouring citation starts
 * or ends, so that "1xx (section 4.2, ... in section 6)" gives 1xx to 4.2 only.
 */
function clauseAround(
  text: string,
  at: number,
  length: number,
  previous: RegExpMatchArray | undefined,
  next: RegExpMatchArray | undefined,
): string {
  let start = 0;
  let end = text.length;
  for (const b of text.matchAll(CLAUSE_BREAK)) {
    const i = b.index ?? 0;
    if (i < at) start = i + b[0].length;
    else if (i >= at + length) {
      end = i;
      break;
    }
  }
  if (previous !== undefined) start = Math.max(start, (previous.index ?? 0) + previous[0].length);
  if (next !== undefined) end = Math.min(end, next.index ?? end);
  return text.slice(start, end).trim();
}

/**
 * The RFC section citations in a piece of prose. A section without an RFC number belongs
 * to the RFC named just after it ("section 4 of RFC 2428") or, failing that, the last
 * RFC named before it in the same paragraph.
 */
export function citationsInProse(text: string, firstLine = 1): RfcCitation[] {
  const out: RfcCitation[] = [];
  const lines = plainText(text).split('\n');
  // Paragraphs: runs of lines up to a blank line; every table row is a paragraph of its own.
  const paragraphs: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | undefined;
  lines.forEach((line, i) => {
    const lineNo = firstLine + i;
    if (line.trim() === '' || line.trimStart().startsWith('|')) {
      if (current !== undefined) paragraphs.push(current);
      current = undefined;
      if (line.trim() !== '') paragraphs.push({ text: line, line: lineNo });
      return;
    }
    current =
      current === undefined ? { text: line, line: lineNo } : { text: `${current.text} ${line}`, line: current.line };
  });
  if (current !== undefined) paragraphs.push(current);

  for (const paragraph of paragraphs) {
    const rfcs = [...paragraph.text.matchAll(RFC_NAME)].map((m) => ({ rfc: Number(m[1]), at: m.index ?? 0 }));
    const matches = [...paragraph.text.matchAll(SECTION_LIST)];
    matches.forEach((m, i) => {
      const at = m.index ?? 0;
      const after = paragraph.text.slice(at + m[0].length);
      const named = /^,? of (?:RFC[ -]?(\d{3,4})|the RFC)\b/.exec(after);
      const before = rfcs.filter((r) => r.at < at).at(-1);
      const rfc = m[3] !== undefined ? Number(m[3]) : named?.[1] !== undefined ? Number(named[1]) : before?.rfc;
      if (rfc === undefined) return;
      const numbers = m[1] !== undefined ? m[1].split(/,? and |, | or /) : [m[2] ?? m[4] ?? ''];
      const context = clauseAround(paragraph.text, at, m[0].length, matches[i - 1], matches[i + 1]);
      for (const section of numbers)
        out.push({ rfc, section, context, where: `line ${paragraph.line}`, kind: 'prose', together: numbers });
    });
  }
  return out;
}

/** A titled source that names an RFC part: "RFC 959, Appendix II (Directory commands)". */
export function citationInTitle(title: string): { rfc: number; section: string } | undefined {
  const m = /^RFC (\d{3,4}),? (?:section (\d+(?:\.\d+)*)|(Appendix (?:[IVX]+|[A-Z])))\b/.exec(title);
  if (m === null) return undefined;
  return { rfc: Number(m[1]), section: m[2] ?? m[3] ?? '' };
}

/**
 * The codes a note or sentence names, in order of appearance. A code is negated when the
 * note says it is absent: "no 434", "no command returns 231", "names 522, not 521".
 */
export function codeSubjects(text: string): Subject[] {
  const plain = plainText(text);
  const codes = new Set(mentionedCodes(plain));
  const out: Subject[] = [];
  for (const m of plain.matchAll(/\d{3}/g)) {
    const code = m[0];
    if (!codes.has(code) || out.some((s) => s.name === code)) continue;
    const before = plain.slice(0, m.index).split(/[;:(]/).at(-1) ?? '';
    out.push({ name: code, negated: /\bno(?: \w+){0,2} $|\bnot $/.test(before) });
  }
  return out;
}

/** The commands a note or sentence names, in order of appearance (a note's "not for STOR" is about a list, so commands are never negated). */
export function commandSubjects(text: string, names: readonly string[]): Subject[] {
  return mentionedCommands(plainText(text), names).map((name) => ({ name, negated: false }));
}

/**
 * The digit patterns a text is about, normalised to RFC 959's notation: "4xx" and "4yz"
 * give "4yz", "x2x" gives "x2z"; "first digit", "second digit" and "third digit" give
 * "1st", "2nd" and "3rd", and "class" gives "1st".
 */
export function digitTopics(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b([1-6])(?:yz|xx|xy)\b/g)) found.add(`${m[1]}yz`);
  for (const m of text.matchAll(/\bx(\d)[xz]\b/g)) found.add(`x${m[1]}z`);
  for (const m of text.matchAll(/\bxy(\d)\b/g)) found.add(`xy${m[1]}`);
  for (const m of text.matchAll(/\b(first|second|third) digit/gi))
    found.add({ first: '1st', second: '2nd', third: '3rd' }[(m[1] ?? '').toLowerCase()] ?? '');
  if (/\bclass(?:es)?\b/i.test(text)) found.add('1st');
  return [...found].sort();
}

/**
 * Replies quoted in prose and attributed to an RFC: a <ReplyLine code="N" /> or an inline
 * code span that starts with a code (`110 MARK ssss = rrrr`). The attribution is the
 * nearer of the last RFC or server program named before the quote in its sentence and a
 * "(RFC N)" after it; a quote nearest to a server's name is that server's, not checked.
 * Read line by line: entries and guides keep a paragraph on one line.
 */
export function quotesInProse(
  mdx: string,
  firstLine = 1,
  programs: readonly string[] = ['vsftpd', 'ProFTPD', 'Pure-FTPd', 'FileZilla', 'IIS', 'curl', 'ftplib', 'WinSCP'],
): RfcQuote[] {
  const out: RfcQuote[] = [];
  const who = new RegExp(`\\bRFC[ -]?(\\d{3,4})\\b|${programs.map((p) => p.replace(/[-.]/g, '\\$&')).join('|')}`, 'g');
  mdx.split('\n').forEach((line, i) => {
    // A <ReplyLine> becomes a code between two private-use characters, which no text holds,
    // so both kinds of quotation are found in one pass.
    const marked = line.replace(/<ReplyLine\s+code="(\d+)"\s*\/>/g, '\uE000$1\uE000');
    for (const sentence of marked.split(SENTENCE_BREAK)) {
      const names = [...sentence.matchAll(who)].map((m) => ({
        at: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        rfc: m[1] === undefined ? undefined : Number(m[1]),
      }));
      for (const q of sentence.matchAll(/\uE000([1-6]\d\d)\uE000|`([1-6]\d\d)[ -]([^`]+)`/g)) {
        const at = q.index ?? 0;
        const end = at + q[0].length;
        const before = names.filter((n) => n.end <= at).at(-1);
        const after = names.find((n) => n.at >= end && n.rfc !== undefined && sentence.charAt(n.at - 1) === '(');
        const near =
          before === undefined
            ? after
            : after === undefined
              ? before
              : at - before.end <= after.at - end
                ? before
                : after;
        if (near?.rfc === undefined) continue;
        const text = q[3];
        out.push({
          rfc: near.rfc,
          code: q[1] ?? q[2] ?? '',
          ...(text === undefined ? {} : { text }),
          where: `line ${firstLine + i}`,
        });
      }
    }
  });
  return out;
}
