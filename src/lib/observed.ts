/**
 * What recordings of real servers (content/observations/, written by `npm run observe`)
 * say about a code: which command each recorded reply answered, and how each client ended
 * after the reply a scenario is about. Typed structurally, so it reads the raw JSON as well
 * as the validated collection entries.
 */

/** One transcript item of a recording: a client line, a whole reply, or an event. */
export interface RecordedItem {
  client?: string;
  server?: readonly string[];
  event?: string;
  focus?: boolean;
}

/** One client run of a recording. */
export interface RecordedRun {
  client: string;
  clientVersion: string;
  transcript: readonly RecordedItem[];
  result?: { exitCode?: number; message?: string | null; calls?: readonly { call: string; raised?: { class: string } }[] };
}

/** One recording: a scenario run against one server. */
export interface RecordingLike {
  server: string;
  version: string;
  runs: readonly RecordedRun[];
}

/** A reply code seen answering a command on a recorded server. */
export interface ObservedUse {
  code: string;
  command: string;
  server: string;
  version: string;
}

/** How a client ended after the reply a scenario is about. */
export interface RecordedOutcome {
  /** The focus reply's code and the command it answered. */
  code: string;
  command: string;
  client: string;
  clientVersion: string;
  server: string;
  version: string;
  /** "exit 78: curl: (78) The file does not exist", "raised ftplib.error_perm", "no exception". */
  outcome: string;
}

const codeOf = (reply: readonly string[]): string | undefined => /^([1-6]\d\d)[ -]/.exec(reply[0] ?? '')?.[1];
const verbOf = (line: string): string => (line.split(' ')[0] ?? '').toUpperCase();

/** Every (command, reply code) a recording shows: each reply answers the last command sent before it. */
export function observedUses(recording: RecordingLike): ObservedUse[] {
  const seen = new Map<string, ObservedUse>();
  for (const run of recording.runs) {
    let command: string | undefined;
    for (const item of run.transcript) {
      if (item.client !== undefined) command = verbOf(item.client);
      const code = item.server === undefined ? undefined : codeOf(item.server);
      if (code !== undefined && command !== undefined) seen.set(`${code} ${command}`, { code, command, server: recording.server, version: recording.version });
    }
  }
  return [...seen.values()];
}

function outcomeOf(run: RecordedRun): string | undefined {
  const result = run.result;
  if (result === undefined) return undefined;
  if (result.calls !== undefined) {
    const raised = result.calls.find((c) => c.raised !== undefined)?.raised;
    return raised === undefined ? 'no exception' : `raised ${raised.class}`;
  }
  if (result.exitCode === undefined) return undefined;
  return result.exitCode === 0 ? 'exit 0' : `exit ${result.exitCode}${result.message ? `: ${result.message}` : ''}`;
}

/** How each client run ended after the scenario's focus reply. */
export function recordedOutcomes(recording: RecordingLike): RecordedOutcome[] {
  return recording.runs.flatMap((run) => {
    let command: string | undefined;
    for (const item of run.transcript) {
      if (item.client !== undefined) command = verbOf(item.client);
      const code = item.focus === true && item.server !== undefined ? codeOf(item.server) : undefined;
      const outcome = outcomeOf(run);
      if (code !== undefined && command !== undefined && outcome !== undefined) {
        return [{ code, command, client: run.client, clientVersion: run.clientVersion, server: recording.server, version: recording.version, outcome }];
      }
    }
    return [];
  });
}
