/**
 * The relation model fed from the collection: each entry becomes a RelationSide (its
 * RFC-listed commands and what servers are recorded doing beyond them), and every pair's
 * relations are worked out against the RFC sequence tables in exchange-steps.ts.
 */
import type { CodeEntry } from './codes.ts';
import { EXCHANGE_STEPS } from './exchange-steps.ts';
import { OBSERVED_USES } from './observations.ts';
import { relationSideFromData, relationsOf, type Relation, type RelationSide, type SideData } from '../lib/relation.ts';

/**
 * The facts of an entry that the relation model reads. A command a recorded server answered
 * with the code, and that neither the RFC lists nor the entry's serverCommands name, counts
 * as a server use too, credited to the recording.
 */
export function relationSideOf(entry: CodeEntry): RelationSide {
  const side = relationSideFromData(entry.data as SideData);
  const named = new Set([...side.commands, ...side.serverCommands.map((s) => s.command)]);
  const recorded = (OBSERVED_USES.get(side.code) ?? []).filter((u) => !named.has(u.command)).map((u) => ({ command: u.command, program: `${u.server} (recorded)` }));
  return { ...side, serverCommands: [...side.serverCommands, ...recorded] };
}

/** Every relation between two entries, the most telling first. */
export function relationsBetween(a: CodeEntry, b: CodeEntry): Relation[] {
  return relationsOf(relationSideOf(a), relationSideOf(b), EXCHANGE_STEPS);
}
