/**
 * WinSCP's session log (Normal and Debug levels): a mark, a timestamp
 * "yyyy-mm-dd hh:nn:ss.zzz", then the line. WinSCP's source (SessionInfo.cpp, LogLineMarks)
 * gives the marks: "<" what the server sent, ">" what WinSCP sent, "!" error output,
 * "." a message of WinSCP's own, "*" an exception (an error shown to the user).
 */
import type { FormatReader } from './reader.ts';
import type { EntryKind } from '../entries.ts';

const LINE = /^([<>!.*]) (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?) ?(.*)$/;
const KINDS: Record<string, EntryKind> = { '<': 'reply', '>': 'command', '!': 'context', '.': 'status', '*': 'error' };

/** The WinSCP reader. */
export const winscp: FormatReader = {
  format: 'winscp',
  signature: /^[<>!.*] \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/,
  read(line) {
    const m = LINE.exec(line);
    if (m === null) return undefined;
    // Exceptions start with the exception class in parentheses, e.g. "(EFatal) Connection failed."
    const text = (m[3] as string).trimEnd().replace(/^\(E\w+\)\s*/, '');
    return [{ kind: KINDS[m[1] as string] as EntryKind, text, time: m[2] as string }];
  },
};
