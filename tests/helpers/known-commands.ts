/**
 * What the site checks know about which commands each code answers: the RFC-listed
 * `commands` of its entry, its `serverCommands`, every command a recording of a real
 * server (content/observations/, when present) shows it answering, and every command for
 * the replies that can answer any command: 421 (RFC 959 4.2.2), vsftpd's 530 before login,
 * and the protected replies 631, 632 and 633 (RFC 2228 8.2).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEntries } from './entries.ts';
import { observedReplies, type ObservationLike } from '../../src/lib/observed-replies.ts';
import { FTP_COMMAND_NAMES } from '../../src/lib/ftp-commands.ts';
import { EXCHANGE_STEPS } from '../../src/data/exchange-steps.ts';

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
const recorded = new Map<string, Set<string>>();
for (const [command, byCode] of observedReplies(recordings()))
  for (const code of byCode.keys()) {
    known.get(code)?.add(command);
    recorded.set(code, (recorded.get(code) ?? new Set()).add(command));
  }
const anyCommand = [
  ...EXCHANGE_STEPS.anyCommand,
  ...EXCHANGE_STEPS.protection.wrappers.map((code) => ({ code, except: [] as readonly string[], rfc: true })),
];
for (const rule of anyCommand)
  for (const command of FTP_COMMAND_NAMES) {
    if (rule.except.includes(command)) continue;
    known.get(rule.code)?.add(command);
    // An RFC's "any command" (RFC 959 4.2.2, RFC 2228 8.2) counts as listing every command.
    if (rule.rfc) listed.get(rule.code)?.add(command);
  }

/** The commands an RFC lists a code for. */
export function listedCommands(code: string): ReadonlySet<string> {
  return listed.get(code) ?? new Set();
}

/** Every command a code is known to answer, from the RFCs, the entry or a recording. */
export function knownCommands(code: string): ReadonlySet<string> {
  return known.get(code) ?? new Set();
}

/** The commands recordings of real servers show a code answering. */
export function recordedCommands(code: string): ReadonlySet<string> {
  return recorded.get(code) ?? new Set();
}
