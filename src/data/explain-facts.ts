/** The facts the log explainer needs about every code, taken from the collection. */
import { getCodes } from './codes.ts';
import type { CodeFactsTable } from '../scripts/explain/code-facts.ts';

/** How many fixes of each kind the diagnosis shows: the first ones on the code page. */
const TOP_FIXES = 3;

/** The table, as JSON that is safe inside a <script> element. */
export async function explainFactsJson(): Promise<string> {
  const table: CodeFactsTable = {};
  for (const { data } of await getCodes()) {
    table[data.code] = {
      t: data.title,
      s: data.summary,
      c: data.fixClient.slice(0, TOP_FIXES),
      a: data.fixServer.slice(0, TOP_FIXES),
    };
  }
  // "<" escaped, so no text in the data can close the script element.
  return JSON.stringify(table).replace(/</g, '\\u003c');
}
