/**
 * Reply texts as an RFC prints them: the lines of a reply list ("425 Can't open data
 * connection."), the example strings a section introduces ("An example response string
 * follows:"), the server's lines of example dialogues ("S> 213 19980615100045.014"),
 * and replies quoted in prose ('521 data connection cannot be opened ...').
 * These are the data the rfcText check compares against; prose around them is not kept.
 */
import { indentOf, isBlank, type TextLine } from './rfc-text.ts';
import { normalizeSpace, paragraphsOf } from './paragraphs.ts';

/** A reply text found in an RFC. */
export interface ReplyLine {
  /** The section it appears in. */
  section: string;
  /** The reply code. */
  code: string;
  /** The text after the code, wrapped lines joined, white space normalised. */
  text: string;
  /** How it appears: a line of a reply list, an example string, or a quotation in prose. */
  form: 'list' | 'example' | 'quoted';
}

const LIST_LINE = /^(\s*)([1-6]\d\d)[ -]\s*(\S.*)$/;

/**
 * The reply lines of a reply list: a code at the start of a line, its text, and the
 * indented lines under it up to the next code or blank line. Lines starting with ";"
 * are comments (RFC 2228's notation) and are not part of the text.
 */
export function replyListLines(lines: readonly TextLine[], section: string): ReplyLine[] {
  const out: ReplyLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const m = LIST_LINE.exec(lines[i]?.text ?? '');
    if (m === null) continue;
    const codeIndent = (m[1] ?? '').length;
    const parts = [m[3] ?? ''];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const next = lines[j];
      if (next === undefined || isBlank(next) || indentOf(next.text) <= codeIndent || LIST_LINE.test(next.text)) break;
      const trimmed = next.text.trim();
      if (!trimmed.startsWith(';')) parts.push(trimmed);
    }
    out.push({ section, code: m[2] ?? '', text: normalizeSpace(parts.join(' ')), form: 'list' });
    i = j - 1;
  }
  return out;
}

/**
 * The example strings that follow a sentence ending in "response string follows:" or
 * "response strings follow:", each an indented line of its own. The code is given,
 * because such examples print only the text.
 */
export function exampleStrings(lines: readonly TextLine[], section: string, code: string): ReplyLine[] {
  const out: ReplyLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/follows?:$/.test(lines[i]?.text ?? '')) continue;
    // The whole sentence must announce response strings, not some other display.
    let start = i;
    while (start > 0 && !isBlank(lines[start - 1])) start -= 1;
    const intro = normalizeSpace(
      lines
        .slice(start, i + 1)
        .map((l) => l.text)
        .join(' '),
    );
    if (!/response strings? follows?:$/i.test(intro)) continue;
    const introIndent = indentOf(lines[start]?.text ?? '');
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j];
      if (line === undefined) break;
      if (isBlank(line)) continue;
      if (indentOf(line.text) <= introIndent) break;
      out.push({ section, code, text: normalizeSpace(line.text), form: 'example' });
    }
  }
  return out;
}

/** Replies quoted in prose, with their code: "'521 data connection cannot be opened ...'". */
export function quotedReplies(lines: readonly TextLine[], section: string): ReplyLine[] {
  const out: ReplyLine[] = [];
  for (const paragraph of paragraphsOf(lines)) {
    for (const m of paragraph.matchAll(/(['"])([1-6]\d\d) ([^'"]+)\1/g)) {
      const text = (m[3] ?? '').trim();
      // "the term "500 Reply"" names a code; it does not quote a reply.
      if (/^(?:repl(?:y|ies)|responses?)$/i.test(text)) continue;
      out.push({ section, code: m[2] ?? '', text, form: 'quoted' });
    }
  }
  return out;
}

/** The server's reply lines in an example dialogue: "S> 350 Restarting at 802816." */
export function dialogueReplies(lines: readonly TextLine[], section: string): ReplyLine[] {
  return lines.flatMap((line) => {
    const m = /^\s*S> ?([1-6]\d\d)[ -]\s*(\S.*)$/.exec(line.text);
    return m === null
      ? []
      : [{ section, code: m[1] ?? '', text: normalizeSpace(m[2] ?? ''), form: 'example' as const }];
  });
}
