/**
 * How each client ended after the reply a recording of a real server is about
 * (content/observations/, written by `npm run observe`): curl's and lftp's exit code and
 * message, the exception ftplib raised. Which command each reply answered is
 * src/lib/observed-replies.ts's job. Typed structurally, so it reads raw JSON and entries alike.
 */

/** One transcript item of a recording: a client line, a whole reply, or an event. */
export type RecordedItem =
  { client: string } | { server: readonly string[]; focus?: boolean | undefined } | { event: string };

/** One client run of a recording; `result` differs by client (an exit, or ftplib's calls). */
export interface RecordedRun {
  client: string;
  clientVersion: string;
  transcript: readonly RecordedItem[];
  result?:
    | {
        exitCode?: number;
        message?: string | null;
        calls?: readonly { call: string; raised?: { class: string } | undefined }[];
      }
    | undefined;
}

/** One recording: a scenario run against one server. */
export interface RecordingLike {
  server: string;
  version: string;
  runs: readonly RecordedRun[];
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
      if ('client' in item) command = verbOf(item.client);
      const code = 'server' in item && item.focus === true ? codeOf(item.server) : undefined;
      const outcome = outcomeOf(run);
      if (code !== undefined && command !== undefined && outcome !== undefined) {
        return [
          {
            code,
            command,
            client: run.client,
            clientVersion: run.clientVersion,
            server: recording.server,
            version: recording.version,
            outcome,
          },
        ];
      }
    }
    return [];
  });
}
