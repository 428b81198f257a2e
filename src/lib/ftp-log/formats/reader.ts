/** What every format reader provides. */
import type { LogFormat, ReadLine } from '../entries.ts';

/** Reads the lines of one tool's log. */
export interface FormatReader {
  format: LogFormat;
  /** Lines only this tool prints: the format with the most such lines is chosen. */
  signature: RegExp;
  /** Reads one line; undefined when the line is not in this format (it is kept as context). */
  read(line: string): ReadLine[] | undefined;
}

/** A reply line's code, or undefined: three digits from 1 to 6, then a space, a hyphen or the end. */
export function replyCodeOf(text: string): string | undefined {
  return /^([1-6]\d\d)(?:[ -]|$)/.exec(text)?.[1];
}
