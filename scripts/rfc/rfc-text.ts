/**
 * Reads an RFC as published (plain text with page furniture) into lines of content:
 * the footer ("Postel & Reynolds ... [Page 12]"), the form feed and the running header
 * of every page are removed, with the blank lines around them, so that a paragraph, a
 * reply list or a table that runs over a page break reads as one piece.
 */

/** One line of an RFC's content. */
export interface TextLine {
  /** The text, without trailing white space. */
  text: string;
  /** The line number in the file (1-based), for error messages. */
  line: number;
  /** True when a page break was removed just before this line. */
  afterBreak: boolean;
}

const FOOTER = /\[Page \d+\]$/;
const HEADER = /^RFC ?\d+\s{2,}\S/;

/** Whether a line is empty once trailing white space is gone. */
export function isBlank(line: TextLine | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

/** The indentation of a line, in columns. */
export function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Some RFCs repeat a title on a second header line (RFC 959: "File Transfer Protocol").
 * A line is taken for that only when it follows the header on most pages.
 */
function runningTitle(raw: string[], headers: number[]): string | undefined {
  const counts = new Map<string, number>();
  for (const h of headers) {
    const next = raw[h + 1]?.trimEnd() ?? '';
    if (next.trim() !== '') counts.set(next, (counts.get(next) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] * 2 > headers.length ? best[0] : undefined;
}

/** Splits an RFC into content lines, dropping page footers, form feeds and headers. */
export function cleanRfcText(rawText: string): TextLine[] {
  const raw = rawText.replace(/\r\n?/g, '\n').split('\n');
  const drop = new Set<number>();
  const breaks = new Set<number>();
  const headers: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    if (!(raw[i] ?? '').includes('\f')) continue;
    // The footer: the last non-blank line before the form feed, if it names the page.
    let j = i - 1;
    while (j >= 0 && (raw[j] ?? '').trim() === '') j -= 1;
    if (j >= 0 && FOOTER.test((raw[j] ?? '').trimEnd())) drop.add(j);
    // The header: the first line after the form feed that starts with the RFC number.
    const rest = (raw[i] ?? '').replace(/^.*\f/, '');
    let k = i;
    if (rest.trim() === '') {
      drop.add(i);
      k = i + 1;
      while (k < raw.length && (raw[k] ?? '').trim() === '') k += 1;
    } else {
      raw[i] = rest;
    }
    if (k < raw.length && HEADER.test(raw[k] ?? '')) {
      drop.add(k);
      headers.push(k);
    }
    breaks.add(i);
  }
  // A last page ends with a footer and no form feed.
  let last = raw.length - 1;
  while (last >= 0 && (raw[last] ?? '').trim() === '') last -= 1;
  if (last >= 0 && FOOTER.test((raw[last] ?? '').trimEnd())) drop.add(last);
  const title = runningTitle(raw, headers);
  if (title !== undefined) for (const h of headers) if ((raw[h + 1] ?? '').trimEnd() === title) drop.add(h + 1);

  // Blank lines next to a removed piece of furniture go too, and the break is remembered.
  const out: TextLine[] = [];
  let pendingBreak = false;
  for (let i = 0; i < raw.length; i += 1) {
    if (breaks.has(i) || (drop.has(i) && FOOTER.test((raw[i] ?? '').trimEnd()))) {
      pendingBreak = true;
      while (out.length > 0 && isBlank(out.at(-1))) out.pop();
    }
    if (drop.has(i)) continue;
    const text = (raw[i] ?? '').trimEnd();
    if (pendingBreak && text.trim() === '') continue;
    out.push({ text, line: i + 1, afterBreak: pendingBreak });
    pendingBreak = false;
  }
  return out;
}
