/**
 * Which replies real servers were recorded sending to which command, read from the
 * recordings in content/observations/ (written by `npm run observe`). Each reply the server
 * sent after a client line counts as a reply to that line's command, up to the next client
 * line, except that during a transfer that an ABOR interrupts, the first final reply still
 * ends the transfer command (RFC 959 4.1.3: 426 for the aborted command, then 226 for ABOR).
 * Pure: the build and the tests share it.
 */

/** The part of a recording this module reads (see src/schemas/observation.ts). */
export interface ObservationLike {
  server: string;
  scenario: string;
  description: string;
  runs: readonly { transcript: readonly ({ client: string } | { server: readonly string[] } | { event: string })[] }[];
}

/** One recording in which a server sent a reply to a command. */
export interface Recording {
  /** The server's id, e.g. "vsftpd". */
  server: string;
  /** The scenario's id, e.g. "retr-missing". */
  scenario: string;
  /** The scenario in one line. */
  description: string;
}

/**
 * Events the raw client writes when it moves to another control connection (scripts/observe/clients/python_client.py):
 * the next reply there (a greeting, say) answers no command sent on the connection before.
 */
const SWITCHES_CONTROL_CONNECTION =
  /^(the client opens another control connection|back on the first control connection|on the \S+ control connection)/;

/** By command, then by reply code: the recordings that show it, one per server and scenario, in a stable order. */
export function observedReplies(observations: readonly ObservationLike[]): Map<string, Map<string, Recording[]>> {
  const out = new Map<string, Map<string, Recording[]>>();
  for (const obs of observations) {
    for (const run of obs.runs) {
      let command: string | undefined;
      // A transfer command that got its 1yz reply and awaits its final one.
      let transfer: string | undefined;
      for (const item of run.transcript) {
        if ('client' in item) {
          command = item.client.trim().split(/\s+/)[0]?.toUpperCase();
        } else if ('event' in item) {
          if (SWITCHES_CONTROL_CONNECTION.test(item.event)) command = transfer = undefined;
        } else if ('server' in item && command !== undefined) {
          const code = /^(\d{3})/.exec(item.server[0] ?? '')?.[1];
          if (code === undefined) continue;
          let answered = command;
          if (code.startsWith('1')) {
            if (code !== '110') transfer = command;
          } else {
            if (command === 'ABOR' && transfer !== undefined) answered = transfer;
            transfer = undefined;
          }
          const byCode = out.get(answered) ?? new Map<string, Recording[]>();
          out.set(answered, byCode);
          const list = byCode.get(code) ?? [];
          if (!list.some((r) => r.server === obs.server && r.scenario === obs.scenario))
            list.push({ server: obs.server, scenario: obs.scenario, description: obs.description });
          byCode.set(code, list);
        }
      }
    }
  }
  for (const byCode of out.values()) {
    for (const list of byCode.values())
      list.sort((a, b) => a.server.localeCompare(b.server) || a.scenario.localeCompare(b.scenario));
  }
  return out;
}
