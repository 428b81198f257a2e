/**
 * Human wording for the derived facts of a code (class, group, finality, channel),
 * shared by code pages, index pages and comparisons so they never disagree.
 */
import {
  CLASSES,
  GROUPS,
  classOf,
  finalityOf,
  groupOf,
  retryVerdictOf,
  RETRY_VERDICTS,
  type ClassDigit,
  type GroupDigit,
} from './reply-code.ts';
import type { Channel, CodeKind } from '../schemas/code-entry.ts';

/** A class by its digit and name: "4xx Transient Negative Completion". */
export function classTitle(digit: ClassDigit): string {
  return `${digit}xx ${CLASSES[digit].label}`;
}

/** The class of a code by its digit and name, or undefined for socket errors. */
export function classLabel(code: string): string | undefined {
  const digit = classOf(code);
  return digit === undefined ? undefined : classTitle(digit);
}

/** A function group by its digit and name: "x2x Connections". */
export function groupTitle(digit: GroupDigit): string {
  return `x${digit}x ${GROUPS[digit].label}`;
}

/** The group of a code by its digit and name, or undefined when the second digit names no group. */
export function groupLabel(code: string): string | undefined {
  const digit = groupOf(code);
  return digit === undefined ? undefined : groupTitle(digit);
}

/** "Preliminary: another reply follows" and so on, or undefined when it does not apply. */
export function finalityLabel(code: string): string | undefined {
  switch (finalityOf(code)) {
    case 'preliminary':
      return 'Preliminary: a final reply follows';
    case 'intermediate':
      return 'Intermediate: the server waits for another command';
    case 'final':
      return 'Final: this reply ends the command';
    default:
      return undefined;
  }
}

/** What the condition is about, in words. */
const CHANNEL_LABELS = {
  control: 'The control connection (commands and replies)',
  data: 'The data connection (file contents and listings)',
  // "Both" would say the reply is about two connections at once (451 is about neither):
  // these codes answer some commands on the control connection and end transfers on the other.
  both: 'Either: it can end a transfer on the data connection or answer a command that moves no data',
} as const satisfies Record<Channel, string>;

/** Which connection a code is about, in words; a socket error names the socket that failed. */
export function channelLabel(channel: Channel, kind: CodeKind): string {
  return kind === 'socket-error'
    ? 'The control connection or a data connection: whichever socket failed'
    : CHANNEL_LABELS[channel];
}

/** The retry verdict in words: a label and one sentence of advice. */
export function retryLabel(code: string): { label: string; advice: string } {
  return RETRY_VERDICTS[retryVerdictOf(code)];
}

/** A readable name for an entry's kind. */
export const KIND_LABELS = {
  standard: 'Standard (RFC 959)',
  extension: 'Extension RFC',
  obsolete: 'Obsolete',
  'non-standard': 'Non-standard: in no RFC',
  'socket-error': 'Windows socket error: not an FTP reply',
} as const satisfies Record<CodeKind, string>;
