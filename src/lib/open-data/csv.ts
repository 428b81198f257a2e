/**
 * /data/codes.csv: one row per code for spreadsheets, written as RFC 4180 describes (CRLF
 * line ends, a header row, fields quoted when they hold a comma, a quote or a line break).
 */
import type { CodeRecord } from '../../schemas/open-data.ts';

/** One column: its header, what it holds (shown on /data/), and how to fill it. */
export interface CsvColumn {
  name: string;
  description: string;
  value: (record: CodeRecord) => string;
}

/** The columns, in order. */
export const CODE_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'code', description: 'The code, e.g. 425 or 10060.', value: (r) => r.code },
  { name: 'title', description: 'A short name for the code.', value: (r) => r.title },
  {
    name: 'rfc_text',
    description: "The defining RFC's reply text, verbatim; empty for non-standard codes and socket errors.",
    value: (r) => r.rfcText ?? '',
  },
  { name: 'summary', description: 'One plain sentence on what the code means.', value: (r) => r.summary },
  { name: 'kind', description: 'standard, extension, obsolete, non-standard or socket-error.', value: (r) => r.kind },
  {
    name: 'class',
    description: 'The class of the first digit, e.g. 4xx; empty for socket errors.',
    value: (r) => r.class?.name ?? '',
  },
  {
    name: 'group',
    description: 'The group of the second digit, e.g. x2x; empty where RFC 959 assigns none.',
    value: (r) => r.group?.name ?? '',
  },
  {
    name: 'finality',
    description: 'preliminary, intermediate or final; empty for 6yz and socket errors.',
    value: (r) => r.finality ?? '',
  },
  {
    name: 'retry',
    description: 'wait, done, continue, transient, permanent, protected or network.',
    value: (r) => r.retry.verdict,
  },
  { name: 'channel', description: 'control, data or both.', value: (r) => r.channel },
  {
    name: 'greeting',
    description: 'true when servers send the code unprompted on connect.',
    value: (r) => String(r.greeting),
  },
  {
    name: 'commands',
    description: 'The commands an RFC lists the code for, separated by spaces.',
    value: (r) => r.commands.join(' '),
  },
  {
    name: 'server_commands',
    description: 'Further commands real servers answer with it, separated by spaces (sources in the JSON).',
    value: (r) => [...new Set(r.serverCommands.map((s) => s.command))].join(' '),
  },
  { name: 'url', description: "The code's page.", value: (r) => r.url },
];

/** Quotes a field when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The whole CSV file for the given records. */
export function codesCsv(records: readonly CodeRecord[]): string {
  const rows = [CODE_CSV_COLUMNS.map((c) => c.name), ...records.map((r) => CODE_CSV_COLUMNS.map((c) => c.value(r)))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
