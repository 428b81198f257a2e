/**
 * The relation model fed from the collection: each entry becomes a RelationSide (its
 * RFC-listed commands and what servers are recorded doing beyond them), and every pair's
 * relations are worked out against the RFC sequence tables in exchange-steps.ts.
 */
import { getCodeMap, type CodeEntry } from './codes.ts';
import { EXCHANGE_STEPS } from './exchange-steps.ts';
import { getObservedReplies, getServers } from './observations.ts';
import { upstreamVersion } from '../lib/observed/replies.ts';
import {
  relationSideFromData,
  relationsOf,
  viaStandard,
  type Relation,
  type RelationSide,
  type ServerUse,
} from '../lib/relation.ts';

let recorded: Promise<Map<string, ServerUse[]>> | undefined;

/** By code, the commands recorded servers answered with it, each credited to the server. */
function getRecordedUses(): Promise<Map<string, ServerUse[]>> {
  recorded ??= Promise.all([getObservedReplies(), getServers()]).then(([byCommand, servers]) => {
    // Named with the version recorded ("ProFTPD 1.3.8"), as the entries name the sources they read.
    const names = new Map(servers.map((s) => [s.id, `${s.data.name} ${upstreamVersion(s.data.version)}`]));
    const out = new Map<string, ServerUse[]>();
    for (const [command, byCode] of byCommand) {
      for (const [code, recordings] of byCode) {
        const uses = out.get(code) ?? [];
        for (const server of new Set(recordings.map((r) => r.server)))
          uses.push({ command, program: names.get(server) ?? server });
        out.set(code, uses);
      }
    }
    return out;
  });
  return recorded;
}

/**
 * The facts of an entry that the relation model reads. A command a recorded server answered
 * with the code, and that neither the RFC lists nor the entry's serverCommands name, counts
 * as a server use too, credited to the recorded server by name.
 */
export async function relationSideOf(entry: CodeEntry): Promise<RelationSide> {
  const side = relationSideFromData(entry.data);
  const named = new Set([...side.commands, ...side.serverCommands.map((s) => s.command)]);
  const extra = ((await getRecordedUses()).get(side.code) ?? []).filter((u) => !named.has(u.command));
  return { ...side, serverCommands: [...side.serverCommands, ...extra] };
}

/**
 * Every relation between two entries, the most telling first. Where nothing links them and one
 * is a code found only in popular lists, the link of the code standard servers send in its
 * place comes first (232 vs 430 through 530).
 */
export async function relationsBetween(a: CodeEntry, b: CodeEntry): Promise<Relation[]> {
  const [sa, sb] = [await relationSideOf(a), await relationSideOf(b)];
  const found = relationsOf(sa, sb, EXCHANGE_STEPS);
  if (found[0]?.kind !== 'unrelated' && found[0]?.kind !== 'same-class-group') return found;
  const entries = await getCodeMap();
  for (const [listed, other] of [
    [sa, sb],
    [sb, sa],
  ] as const) {
    const instead = EXCHANGE_STEPS.listedInstead.find((l) => l.code === listed.code)?.instead ?? [];
    const standard = await Promise.all(
      instead.flatMap((code) => (entries.has(code) ? [relationSideOf(entries.get(code) as CodeEntry)] : [])),
    );
    const via = viaStandard(listed, other, standard, EXCHANGE_STEPS);
    if (via.length > 0) return via;
  }
  return found;
}
