/**
 * The whole reading of a pasted log: its format, its entries (passwords masked), the
 * exchanges and the diagnosis. Pure, so the page and the unit tests run the same code.
 */
import type { LogFormat, LogEntry } from './entries.ts';
import { parseLog } from './parse.ts';
import { maskPasswords, passwordsIn } from './mask.ts';
import { buildExchanges, type Item } from './exchanges.ts';
import { controlAddress, diagnose, type Diagnosis } from './diagnose.ts';

/** Everything the page shows about a log. */
export interface Explanation {
  format: LogFormat;
  entries: LogEntry[];
  items: Item[];
  diagnosis: Diagnosis;
  lineCount: number;
}

/** Reads and diagnoses a log; `known` is the set of codes that have a page. */
export function explainLog(text: string, known: ReadonlySet<string>): Explanation {
  // Masking first: nothing downstream, the page included, ever holds the password.
  const parsed = parseLog(maskPasswords(text, passwordsIn(text)));
  const items = buildExchanges(parsed.entries, known);
  // A 227 naming the very address the client connected to is no warning, even a private one.
  const control = controlAddress(items);
  for (const item of items)
    if (item.type === 'exchange' && item.pasv?.ok === true && item.pasv.host === control) item.pasv.warnings = [];
  return {
    format: parsed.format,
    entries: parsed.entries,
    items,
    diagnosis: diagnose(items),
    lineCount: parsed.lineCount,
  };
}
