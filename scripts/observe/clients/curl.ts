/**
 * curl -v: the lines it prints with "> " (sent) and "< " (received) make the transcript, its
 * "* " lines become events, and its exit code and "curl: (N) ..." line are the result.
 */
import { run } from '../exec.ts';
import { endsInsideReply, groupReplies } from '../replies.ts';
import type { TranscriptItem } from '../types.ts';
import { fill, type ClientContext } from './context.ts';

/**
 * curl's informational lines that say nothing about the server's replies: connection attempts,
 * TLS handshake steps and certificate details (they change with timing and the machine), and
 * its internal bookkeeping. What is left are curl's own verdicts ("Access denied: 530").
 */
const NOISE = [
  /^ {2}Trying /,
  /^Connected to /,
  /^Entry path is /,
  /^Request has same path as previous transfer/,
  /^Remembering we are in dir/,
  /^ftp_perform ends with SECONDARY/,
  /^Connect data stream (passively|actively)/,
  /^Connection #\d+ to host .* left intact/,
  /^Getting file with size/,
  /^Server certificate:$/,
  // TLS 1.3 session tickets arrive when they arrive: where this line falls depends on timing.
  /^old SSL session ID is stale/,
  // Printed or not depending on whether the refusal came before curl began to send.
  /^Uploaded unaligned file size/,
  /^TLSv[\d.]+ \((IN|OUT)\)/,
  /^ (subject|start date|expire date|issuer|SSL certificate verify|server certificate|ALPN)/,
  /^SSL connection using/,
  /^ALPN/,
  /^ CAfile:| CApath:/,
  /^(Server|Client) auth using/,
  /^Maxdownload/,
];

/** curl's version, e.g. "7.88.1". */
export async function curlVersion(): Promise<string> {
  const out = await run('curl', ['--version'], { timeoutMs: 10_000 });
  return /^curl (\S+)/.exec(out.stdout)?.[1] ?? 'unknown';
}

/** Turns curl -v's stderr into transcript items. */
export function parseCurlVerbose(stderr: string): TranscriptItem[] {
  const items: TranscriptItem[] = [];
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
  for (const line of stderr.split('\n')) {
    if (line.startsWith('< ')) {
      pending.push(line.slice(2).replace(/\r$/, ''));
      continue;
    }
    if (line.startsWith('> ')) {
      flush();
      items.push({ client: line.slice(2).replace(/\r$/, '') });
    } else if (line.startsWith('* ')) {
      const info = line.slice(2);
      if (!NOISE.some((re) => re.test(info))) note({ event: `curl: ${info}` });
    }
  }
  flush();
  return items;
}

/** Runs curl -v with the scenario's arguments. */
export async function runCurl(
  args: string[],
  context: ClientContext,
): Promise<{ command: string; transcript: TranscriptItem[]; result: { exitCode: number; message: string | null } }> {
  const filled = args.map((a) => fill(a, context));
  const timeouts = ['--max-time', String(context.timeout * 2), '--connect-timeout', String(context.timeout)];
  const argv = ['-v', '-sS', ...timeouts, ...filled];
  const out = await run('curl', argv, { timeoutMs: (context.timeout * 3 + 5) * 1000 });
  const message =
    out.stderr
      .split('\n')
      .filter((l) => /^curl: \(\d+\)/.test(l))
      .pop() ?? null;
  return {
    command: ['curl', ...argv].join(' '),
    transcript: parseCurlVerbose(out.stderr),
    result: { exitCode: out.timedOut ? -1 : (out.status ?? -1), message },
  };
}
