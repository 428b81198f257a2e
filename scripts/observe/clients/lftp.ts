/**
 * lftp -d: "---> " lines are sent, "<--- " lines received, "---- " lines are lftp's own
 * notes (events), and any other line on stderr is an lftp message; the last one is the result.
 * Messages stay out of the transcript: lftp prints them from another job than the one that
 * logs the session, so where they fall among the session's lines changes from run to run.
 */
import { run } from '../exec.ts';
import { endsInsideReply, groupReplies } from '../replies.ts';
import type { TranscriptItem } from '../types.ts';
import { fill, type ClientContext } from './context.ts';

/** lftp's version, e.g. "4.9.2". */
export async function lftpVersion(): Promise<string> {
  const out = await run('lftp', ['--version'], { timeoutMs: 10_000 });
  return /Version (\S+)/.exec(out.stdout)?.[1] ?? 'unknown';
}

/** lftp's notes that depend on the machine rather than the server. */
const NOISE = [/^Resolving host address/, /^\d+ address(es)? found/];

/** Turns lftp -d's stderr into transcript items and its messages. */
export function parseLftpDebug(stderr: string): { items: TranscriptItem[]; messages: string[] } {
  const items: TranscriptItem[] = [];
  const messages: string[] = [];
  let pending: string[] = [];
  // Client log lines printed while a multi-line reply is still arriving wait until it is
  // whole, so that the reply stays one item.
  let deferred: TranscriptItem[] = [];
  const flush = (): void => {
    for (const reply of groupReplies(pending)) items.push({ server: reply });
    items.push(...deferred);
    pending = [];
    deferred = [];
  };
  const note = (item: TranscriptItem): void => {
    if (endsInsideReply(pending)) deferred.push(item);
    else {
      flush();
      items.push(item);
    }
  };
  for (const raw of stderr.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('<--- ')) {
      pending.push(line.slice(5));
      continue;
    }
    if (line.startsWith('---> ')) {
      flush();
      items.push({ client: line.slice(5) });
    } else if (line.startsWith('---- ')) {
      if (!NOISE.some((re) => re.test(line.slice(5)))) note({ event: `lftp: ${line.slice(5)}` });
    } else if (line.trim() !== '') {
      messages.push(line);
    }
  }
  flush();
  return { items, messages };
}

/** Runs lftp -d with the scenario's commands, stopping at the first that fails. */
export async function runLftp(
  commands: string[],
  context: ClientContext,
): Promise<{ command: string; transcript: TranscriptItem[]; result: { exitCode: number; message: string | null } }> {
  const settings = [
    'set cmd:fail-exit yes',
    'set net:max-retries 1',
    `set net:timeout ${context.timeout}`,
    'set net:reconnect-interval-base 1',
  ];
  const script = [
    ...settings,
    `open -u ${context.user},${context.password} ftp://${context.host}:${context.port}`,
    ...commands.map((c) => fill(c, context)),
  ].join('; ');
  const out = await run('lftp', ['-d', '-c', script], { timeoutMs: (context.timeout * 3 + 5) * 1000 });
  const parsed = parseLftpDebug(out.stderr);
  return {
    command: `lftp -d -c "${script}"`,
    transcript: parsed.items,
    result: { exitCode: out.timedOut ? -1 : (out.status ?? -1), message: parsed.messages.pop() ?? null },
  };
}
