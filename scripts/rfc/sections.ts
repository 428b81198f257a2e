/**
 * Finds the numbered sections of an RFC ("4.2.1  Reply Codes by Function Groups") and its
 * appendices ("APPENDIX II -  DIRECTORY COMMANDS", "Appendix A.  Unworkable Alternatives").
 * A line that looks like a heading counts only when its number can follow the previous
 * section's (a child, a next sibling, or a next ancestor), so numbered list items, tables
 * of contents and wrapped sentences that start with a number are not taken for headings.
 */
import { indentOf, isBlank, type TextLine } from './rfc-text.ts';

/** A section: its number, heading, and the lines that belong to it alone. */
export interface Section {
  /** "4.2.1", or "Appendix II", or "A.1" inside an appendix. */
  number: string;
  /** The heading as printed, wrapped lines joined. */
  heading: string;
  /** Index of the heading's first line in the content lines. */
  start: number;
  /** Index of the first line of the body (after a wrapped heading). */
  bodyStart: number;
  /** Index just past the section's own text (where the next heading starts). */
  end: number;
}

const NUMBERED = /^( *)((?:\d+|[A-Z])(?:\.\d+)*)\.?( +)(\S.*)$/;
const APPENDIX = /^(?:APPENDIX|Appendix|ANNEX|Annex) +([IVX]+|[A-Z])\b[ .:-]*(\S.*)$/;
// A table of contents line ends in dot leaders and a page number.
const TOC = /(?:\.\s?){3,}\s*\d+\s*$/;

/** The parts of a section number: "4.2.1" -> ["4", "2", "1"]. */
function partsOf(number: string): string[] {
  return number.split('.');
}

/** Whether `next` can be the section that follows `prev` (undefined: the first heading). */
export function canFollow(prev: string | undefined, next: string): boolean {
  const n = partsOf(next);
  if (prev === undefined) return n.length === 1 && /^\d+$/.test(n[0] ?? '');
  if (prev.startsWith('Appendix ')) return /^[A-Z]\.1$/.test(next) && prev.endsWith(` ${n[0]}`);
  const p = partsOf(prev);
  if (next === prev) return true; // a number printed twice (RFC 959 has two 3.1.1.5.2)
  if (n.length === p.length + 1 && n.slice(0, -1).join('.') === prev && n.at(-1) === '1') return true;
  if (n.length > p.length) return false;
  const level = n.length - 1;
  const prefixSame = n.slice(0, level).join('.') === p.slice(0, level).join('.');
  const here = p[level] ?? '';
  const nextPart = n[level] ?? '';
  return prefixSame && /^\d+$/.test(here) && /^\d+$/.test(nextPart) && Number(nextPart) === Number(here) + 1;
}

/** The heading that starts at line i, if the line is one. */
function headingAt(
  lines: TextLine[],
  i: number,
  prev: string | undefined,
  topIndent: number | undefined,
): { number: string; heading: string; bodyStart: number } | undefined {
  const line = lines[i];
  if (line === undefined) return undefined;
  const precededByBlank = i === 0 || line.afterBreak || isBlank(lines[i - 1]);
  if (!precededByBlank || TOC.test(line.text)) return undefined;
  const appendix = APPENDIX.exec(line.text);
  if (appendix !== null && indentOf(line.text) === 0) {
    return { number: `Appendix ${appendix[1]}`, heading: (appendix[2] ?? '').trim(), bodyStart: i + 1 };
  }
  const m = NUMBERED.exec(line.text);
  if (m === null) return undefined;
  const [, indent = '', number = '', gap = '', text = ''] = m;
  if (!/^[A-Z0-9("']/.test(text) || text.length > 76) return undefined;
  if (/^[A-Z]$/.test(number)) return undefined; // a lone letter is a word, not a section
  if (!canFollow(prev, number)) return undefined;
  // Top-level headings all start in the same column; a numbered list item in the text does not.
  if (!number.includes('.') && topIndent !== undefined && indent.length !== topIndent) return undefined;
  // A heading may wrap onto one more line, aligned with the heading text.
  let heading = text.trim();
  let bodyStart = i + 1;
  const next = lines[i + 1];
  const textColumn =
    indent.length + number.length + (line.text.charAt(indent.length + number.length) === '.' ? 1 : 0) + gap.length;
  if (
    next !== undefined &&
    !next.afterBreak &&
    !isBlank(next) &&
    indentOf(next.text) === textColumn &&
    isBlank(lines[i + 2])
  ) {
    heading = `${heading} ${next.text.trim()}`;
    bodyStart = i + 2;
  }
  return { number, heading, bodyStart };
}

/** Every section of an RFC, in order. */
export function findSections(lines: TextLine[]): Section[] {
  const sections: Section[] = [];
  let topIndent: number | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const found = headingAt(lines, i, sections.at(-1)?.number, topIndent);
    if (found === undefined) continue;
    if (!found.number.includes('.') && !found.number.startsWith('Appendix'))
      topIndent ??= indentOf(lines[i]?.text ?? '');
    const open = sections.at(-1);
    if (open !== undefined) open.end = i;
    sections.push({ ...found, start: i, end: lines.length });
    i = found.bodyStart - 1;
  }
  return sections;
}
