/**
 * The "key differences" of two codes, written from their data alone. Each sentence is
 * produced only when it says something true about that pair: a dimension where the two
 * differ, or a shared trait that matters to the reader (both transient, both on the data
 * connection). Pure and unit-tested; comparison pages render what it returns.
 */
import { classOf, groupOf, type ClassDigit, type GroupDigit } from './reply-code.ts';

/** The facts of one code that a comparison reads. */
export interface CompareSide {
  code: string;
  kind: 'standard' | 'extension' | 'obsolete' | 'non-standard' | 'socket-error';
  channel: 'control' | 'data' | 'both';
  /** The commands an RFC lists the code for (not everything servers do). */
  commands: readonly string[];
  greeting?: boolean | undefined;
  /** The RFC that defines the code, when there is one. */
  rfc?: number | undefined;
}

const CLASS_PHRASES: Record<ClassDigit, string> = {
  '1': 'a preliminary reply (1xx): the server has started, and a final reply will follow',
  '2': 'a success (2xx): the command did what it asked',
  '3': 'an intermediate reply (3xx): the server waits for the next command of the sequence',
  '4': 'a transient failure (4xx): the same command may work if sent again later',
  '5': 'a permanent failure (5xx): the command, its argument or the setup must change first',
  '6': 'a protected reply (6xx) that wraps another, encoded reply',
};

const SAME_CLASS: Record<ClassDigit, string> = {
  '1': 'Both are preliminary replies (1xx): neither ends the command, and a final reply follows either one.',
  '2': 'Both report success (2xx), so neither needs a retry.',
  '3': 'Both are intermediate replies (3xx): the server accepted the command and waits for another one.',
  '4': 'Both are transient failures (4xx): for either one, sending the same command again later may work.',
  '5': 'Both are permanent failures (5xx): for either one, repeating the same command unchanged will fail again.',
  '6': 'Both are protected replies (6xx): the real reply is inside, encoded, and its class decides what to do.',
};

const GROUP_TOPICS: Record<GroupDigit, string> = {
  '0': 'syntax and command support',
  '1': 'information requests',
  '2': 'the connections themselves',
  '3': 'login and accounting',
  '4': 'an area RFC 959 left unassigned',
  '5': 'the file system',
};

const CHANNELS = { control: 'the control connection', data: 'the data connection', both: 'both connections' } as const;

/** Joins names as "A", "A and B", "A, B and C", capped with "and N more". */
export function listOf(items: readonly string[], cap = 8): string {
  const shown = items.slice(0, cap);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function kindPhrase(side: CompareSide): string {
  switch (side.kind) {
    case 'standard': return 'defined in RFC 959';
    case 'extension': return side.rfc === undefined ? 'defined by an extension RFC' : `defined by an extension, RFC ${side.rfc}`;
    case 'obsolete': return side.rfc === undefined ? 'obsolete' : `from RFC ${side.rfc}, now obsolete`;
    case 'non-standard': return 'in no RFC at all: some servers send it, but its meaning is not agreed';
    case 'socket-error': return 'a Windows socket error, not an FTP reply';
  }
}

function classSentence(a: CompareSide, b: CompareSide): string {
  const ca = classOf(a.code);
  const cb = classOf(b.code);
  if (ca === undefined && cb === undefined) return 'Neither is an FTP reply: both are Windows socket errors, raised on the client machine when a network operation fails.';
  if (ca !== undefined && ca === cb) return SAME_CLASS[ca];
  const phrase = (code: string, digit: ClassDigit | undefined): string =>
    `${code} is ${digit === undefined ? 'not an FTP reply but a Windows socket error, raised on the client machine' : CLASS_PHRASES[digit]}`;
  return `${phrase(a.code, ca)}; ${phrase(b.code, cb)}.`;
}

function groupSentence(a: CompareSide, b: CompareSide): string | undefined {
  const ga = groupOf(a.code);
  const gb = groupOf(b.code);
  if (ga === undefined || gb === undefined) return undefined;
  if (ga === gb) return `Both are about ${GROUP_TOPICS[ga]} (second digit ${ga}).`;
  return `By topic, ${a.code} is about ${GROUP_TOPICS[ga]} (x${ga}x), while ${b.code} is about ${GROUP_TOPICS[gb]} (x${gb}x).`;
}

function channelSentence(a: CompareSide, b: CompareSide): string | undefined {
  if (a.kind === 'socket-error' || b.kind === 'socket-error') return undefined;
  if (a.channel === b.channel) {
    return a.channel === 'data' ? 'Both concern the data connection, the separate connection that carries files and listings.' : undefined;
  }
  return `${a.code} concerns ${CHANNELS[a.channel]}; ${b.code} concerns ${CHANNELS[b.channel]}.`;
}

function commandSentences(a: CompareSide, b: CompareSide): string[] {
  if (a.commands.length === 0 || b.commands.length === 0) return [];
  const inB = new Set(b.commands);
  const inA = new Set(a.commands);
  const shared = a.commands.filter((c) => inB.has(c));
  const onlyA = a.commands.filter((c) => !inB.has(c));
  const onlyB = b.commands.filter((c) => !inA.has(c));
  // `commands` holds the RFC reply lists only, so every sentence says "the RFCs list".
  if (shared.length === 0) {
    return [`The RFCs list them for different commands: ${a.code} for ${listOf(a.commands)}, ${b.code} for ${listOf(b.commands)}.`];
  }
  const out = [`The RFCs list both as replies to ${listOf(shared)}.`];
  if (onlyA.length > 0) out.push(`Only ${a.code} is listed for ${listOf(onlyA)}.`);
  if (onlyB.length > 0) out.push(`Only ${b.code} is listed for ${listOf(onlyB)}.`);
  return out;
}

function greetingSentence(a: CompareSide, b: CompareSide): string | undefined {
  if ((a.greeting ?? false) === (b.greeting ?? false)) {
    return a.greeting === true ? 'Both can arrive unprompted, as the first thing the server sends after the client connects.' : undefined;
  }
  const early = a.greeting === true ? a : b;
  return `${early.code} can also arrive unprompted as the client connects, before any command is sent.`;
}

function kindSentence(a: CompareSide, b: CompareSide): string | undefined {
  // The class sentence already says that a socket error is not an FTP reply.
  if (a.kind === 'socket-error' || b.kind === 'socket-error') return undefined;
  if (a.kind === b.kind) return a.kind === 'non-standard' ? 'Neither appears in any RFC: servers that send them give them their own meaning.' : undefined;
  return `${a.code} is ${kindPhrase(a)}; ${b.code} is ${kindPhrase(b)}.`;
}

/** The key differences of a pair, as sentences, in reading order. */
export function keyDifferences(a: CompareSide, b: CompareSide): string[] {
  return [
    classSentence(a, b),
    groupSentence(a, b),
    channelSentence(a, b),
    greetingSentence(a, b),
    ...commandSentences(a, b),
    kindSentence(a, b),
  ].filter((s): s is string => s !== undefined);
}

/** The commands the RFCs list both codes for. */
export function sharedCommands(a: CompareSide, b: CompareSide): string[] {
  const inB = new Set(b.commands);
  return a.commands.filter((c) => inB.has(c));
}
