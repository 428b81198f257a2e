/**
 * What a piece of text (an RFC section, a citation note) mentions: reply codes ("421", "'522'"), class patterns
 * ("4xy", "5yz"), and FTP command names ("MLSD", or "MdTm" inside an ABNF string).
 * Numbers that are not reply codes are skipped: RFC and page numbers, parts of
 * addresses, dates and longer numbers.
 */

// Words before a number that make it something other than a reply code.
const NOT_A_CODE_BEFORE =
  /(?:\bRFCs?|\bSTD|\bIEN|\bpp?\.|\b[Pp]age|\b[Ss]ections?|\bRFC-|\[RFC|\bport|\bversion|\bASCII|\d to)[ -]?$/;

// Words after a number that make it a quantity, and the end of a range ("33 to 126").
const NOT_A_CODE_AFTER = /^ (?:seconds?|minutes?|hours?|bytes?|octets?|bits?|characters?|ms)\b/;

/** The reply codes (100 to 699) that a text mentions, in numeric order without repeats. */
export function mentionedCodes(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\w.,:/-])([1-6]\d\d)(?![\w]|[.,:]\d)/g)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + 3, at + 12);
    if (NOT_A_CODE_BEFORE.test(before) || NOT_A_CODE_AFTER.test(after)) continue;
    found.add(m[1] ?? '');
  }
  return [...found].sort();
}

/** The reply classes (first digits) that a text names by pattern, such as "4xy" or "5yz". */
export function mentionedClasses(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b([1-6])(?:yz|xy|xx|XX)\b/g)) found.add(m[1] ?? '');
  return [...found].sort();
}

/** The commands among `names` that a text mentions: in capitals (or as a word's capital prefix), or quoted in any case. */
export function mentionedCommands(text: string, names: readonly string[]): string[] {
  const known = new Set(names);
  const found = new Set<string>();
  // RFCs also write a command as the capitals of a word: "STRUcture", "RESTart".
  for (const m of text.matchAll(/\b([A-Z]{3,4})(?:\b|[a-z]+\b)/g)) if (known.has(m[1] ?? '')) found.add(m[1] ?? '');
  for (const m of text.matchAll(/"([A-Za-z]{3,4})"/g)) {
    const upper = (m[1] ?? '').toUpperCase();
    if (known.has(upper)) found.add(upper);
  }
  return names.filter((n) => found.has(n));
}
