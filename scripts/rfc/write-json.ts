/**
 * Serialises extracted facts as JSON that diffs well: one line per section, reply line,
 * digit meaning and reply list. The same facts always give the same bytes.
 */
import type { RfcFacts } from '../../src/lib/rfc-facts.ts';

function list(items: readonly unknown[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
}

/** The JSON text of one RFC's facts, ending with a newline. */
export function factsToJson(facts: RfcFacts): string {
  return [
    '{',
    `  "rfc": ${JSON.stringify(facts.rfc)},`,
    `  "file": ${JSON.stringify(facts.file)},`,
    `  "sections": ${list(facts.sections)},`,
    `  "replyLines": ${list(facts.replyLines)},`,
    `  "digitMeanings": ${list(facts.digitMeanings)},`,
    `  "replyLists": ${list(facts.replyLists)}`,
    '}',
    '',
  ].join('\n');
}
