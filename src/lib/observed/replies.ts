/**
 * Every reply the recordings of real servers hold (content/observations/), flattened into one
 * list: which server sent it, in which scenario and client run, in answer to which command.
 * Pure: it takes the recordings as plain data, so the site and the unit tests share it.
 */
import type { Observation, ObservedRun } from '../../schemas/observation.ts';
import { commandArgument } from './shapes.ts';

/** One server reply as recorded, with where it came from. */
export interface ObservedReply {
  /** The server's id, e.g. "vsftpd". */
  server: Observation['server'];
  /** The scenario's id. */
  scenario: string;
  /** The scenario's place in the list, for ordering. */
  order: number;
  /** The scenario's one-line description. */
  description: string;
  /** What the scenario is about: a command, "greeting", or another event such as "idle". */
  about: string;
  /** The client of the run, e.g. "curl". */
  client: ObservedRun['client'];
  /** The run's position in the scenario file (0 first). */
  run: number;
  /** The command line this reply answers, or undefined for a reply sent unprompted (the greeting). */
  command: string | undefined;
  /** The arguments of every command the client had sent in the run up to this reply (names, paths, the user). */
  clientArguments: string[];
  /** Every line of the reply, verbatim (placeholders included). */
  lines: string[];
  /** The three-digit code, from the first line. */
  code: string;
  /** Whether this is the reply the scenario is about. */
  focus: boolean;
}

/** The code a reply starts with, or undefined when its first line carries none. */
export function replyCodeOf(lines: readonly string[]): string | undefined {
  return /^(\d{3})(?:[ -]|$)/.exec(lines[0] ?? '')?.[1];
}

/**
 * The text of each line of a reply without its code: "550 Failed." gives "Failed.", and in a
 * multi-line reply "211-Features:" gives "Features:" while a continuation line is kept whole.
 */
export function replyTextLines(lines: readonly string[]): string[] {
  const code = replyCodeOf(lines);
  return lines.map((line) =>
    code !== undefined && (line.startsWith(`${code} `) || line.startsWith(`${code}-`))
      ? line.slice(4)
      : line === code
        ? ''
        : line,
  );
}

/** The replies of one run, each with the command it answers. */
export function repliesOfRun(observation: Observation, run: ObservedRun, index: number): ObservedReply[] {
  let command: string | undefined;
  const clientArguments: string[] = [];
  const replies: ObservedReply[] = [];
  for (const item of run.transcript) {
    if ('client' in item) {
      command = item.client;
      const argument = commandArgument(item.client);
      if (argument !== undefined) clientArguments.push(argument);
    }
    if (!('server' in item)) continue;
    const code = replyCodeOf(item.server);
    if (code === undefined) continue;
    replies.push({
      server: observation.server,
      scenario: observation.scenario,
      order: observation.order,
      description: observation.description,
      about: observation.focus,
      client: run.client,
      run: index,
      command,
      clientArguments: [...clientArguments],
      lines: item.server,
      code,
      focus: item.focus === true,
    });
  }
  return replies;
}

/** Every reply of every recording, in scenario order, then file order. */
export function allReplies(observations: readonly Observation[]): ObservedReply[] {
  return [...observations]
    .sort((a, b) => a.order - b.order || a.server.localeCompare(b.server))
    .flatMap((o) => o.runs.flatMap((run, index) => repliesOfRun(o, run, index)));
}

/**
 * What a reply answered, in a word: the command's verb, "connecting" for a greeting, or the
 * scenario's event (e.g. "idle") for the reply a scenario about an event is about, since the
 * last command sent before an unprompted reply is not what it answers.
 */
export function answeredBy(reply: ObservedReply): string {
  if (reply.focus && !/^[A-Z]+$/.test(reply.about)) return reply.about === 'greeting' ? 'connecting' : reply.about;
  return reply.command?.split(' ')[0] ?? 'connecting';
}

/** The upstream version inside a Debian package version: "1.3.8+dfsg-4+deb12u5" gives "1.3.8". */
export function upstreamVersion(debianVersion: string): string {
  const withoutEpoch = debianVersion.replace(/^\d+:/, '');
  const revision = withoutEpoch.lastIndexOf('-');
  return (revision === -1 ? withoutEpoch : withoutEpoch.slice(0, revision)).split(/[+~]/)[0] as string;
}
