/**
 * FileZilla's message log, as copied from its window or written to its log file:
 * "Status:", "Command:", "Response:", "Error:", "Trace:" and "Listing:" lines, optionally after a
 * clock time (the "Show timestamps" option: "10:23:45<tab>Status:<tab>...") or after the log
 * file's "2024-01-15 10:23:45 1234 1 " (date, time, process id, engine id), and with the
 * bracketed tags some debug levels add.
 */
import type { FormatReader } from './reader.ts';
import type { EntryKind } from '../entries.ts';

const LINE =
  /^(?:(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)(?: \d+ \d+)?\s+|(\d{1,2}:\d\d:\d\d(?:\.\d+)?)\s+)?(?:\[[^\]]*\]\s*)*(Status|Command|Response|Error|Trace|Listing):\s*(?:\[[^\]]*\]\s*)?(.*)$/;

const KINDS: Record<string, EntryKind> = {
  Status: 'status',
  Command: 'command',
  Response: 'reply',
  Error: 'error',
  Trace: 'context',
  Listing: 'context',
};

/** The FileZilla reader. */
export const filezilla: FormatReader = {
  format: 'filezilla',
  signature: LINE,
  read(line) {
    const m = LINE.exec(line);
    if (m === null) return undefined;
    const time = m[1] ?? m[2];
    return [
      {
        kind: KINDS[m[3] as string] as EntryKind,
        text: (m[4] as string).trimEnd(),
        ...(time !== undefined ? { time } : {}),
      },
    ];
  },
};
