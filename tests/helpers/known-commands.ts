/**
 * What the site checks know about which commands each code answers: the RFC-listed
 * `commands` of its entry, its `serverCommands`, and every command a recording of a real
 * server (content/observations/, when present) shows it answering.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEntries } from './entries.ts';
import { observedReplies, type ObservationLike } from '../../src/lib/observed-replies.ts';

const OBSERVATIONS = new URL('../../content/observations/', import.meta.url).pathname;

function recordings(): ObservationLike[] {
  if (!existsSync(OBSERVATIONS)) return [];
  return readdirSync(OBSERVATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(OBSERVATIONS, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(OBSERVATIONS, d.name, f), 'utf8')) as ObservationLike),
    );
}

const entries = readEntries();
const listed = new Map(entries.map((e) => [String(e.data['code']), new Set(e.data['commands'] as string[])]));
const known = new Map(
  entries.map((e) => [
    String(e.data['code']),
    new Set([
      ...(e.data['commands'] as string[]),
      ...((e.data['serverCommands'] as { command: string }[] | undefined) ?? []).map((s) => s.command),
    ]),
  ]),
);
for (const [command, byCode] of observedReplies(recordings()))
  for (const code of byCode.keys()) known.get(code)?.add(command);

/** The commands an RFC lists a code for. */
export function listedCommands(code: string): ReadonlySet<string> {
  return listed.get(code) ?? new Set();
}

/** Every command a code is known to answer, from the RFCs, the entry or a recording. */
export function knownCommands(code: string): ReadonlySet<string> {
  return known.get(code) ?? new Set();
}
