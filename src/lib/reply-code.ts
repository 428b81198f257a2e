/**
 * What the digits of a reply code mean (RFC 959 section 4.2.1, RFC 2228 for 6yz).
 * Pure: imports nothing from the site, so unit tests and the build share it.
 */

/** The six reply classes, keyed by the first digit. */
export const CLASS_DIGITS = ['1', '2', '3', '4', '5', '6'] as const;
/** A first digit that names a class. */
export type ClassDigit = (typeof CLASS_DIGITS)[number];

/** The six function groups, keyed by the second digit. */
export const GROUP_DIGITS = ['0', '1', '2', '3', '4', '5'] as const;
/** A second digit that names a group. */
export type GroupDigit = (typeof GROUP_DIGITS)[number];

/** Label, one-line meaning and the RFC section that defines each class. */
export const CLASSES: Record<ClassDigit, { label: string; short: string; section: string; rfc: number }> = {
  '1': {
    label: 'Positive Preliminary',
    short: 'the action has started; wait for another reply',
    section: '4.2.1',
    rfc: 959,
  },
  '2': { label: 'Positive Completion', short: 'the action finished successfully', section: '4.2.1', rfc: 959 },
  '3': {
    label: 'Positive Intermediate',
    short: 'accepted so far; the server needs another command',
    section: '4.2.1',
    rfc: 959,
  },
  '4': {
    label: 'Transient Negative Completion',
    short: 'failed this time; the same command may work later',
    section: '4.2.1',
    rfc: 959,
  },
  '5': {
    label: 'Permanent Negative Completion',
    short: 'failed; repeating the same command will not help',
    section: '4.2.1',
    rfc: 959,
  },
  '6': {
    label: 'Protected',
    short: 'an encrypted or integrity-protected reply that wraps another reply',
    section: '3',
    rfc: 2228,
  },
};

/** Label and one-line meaning of each group (RFC 959 section 4.2.1). */
export const GROUPS: Record<GroupDigit, { label: string; short: string }> = {
  '0': { label: 'Syntax', short: 'syntax errors, unimplemented commands and other odds and ends' },
  '1': { label: 'Information', short: 'replies to requests for information: status, help, system type' },
  '2': { label: 'Connections', short: 'the state of the control and data connections' },
  '3': { label: 'Authentication and accounting', short: 'login and accounting' },
  '4': { label: 'Unspecified', short: 'not assigned by RFC 959; used by extensions' },
  '5': { label: 'File system', short: 'the state of the server file system for the requested transfer or action' },
};

/** Matches a three-digit FTP reply code with a legal first digit. */
const REPLY_CODE = /^[1-6][0-9][0-9]$/;
/** Matches a Windows Sockets error number (WSABASEERR is 10000). */
const SOCKET_ERROR = /^1[01][0-9]{3}$/;

/** True when the string is a three-digit FTP reply code (1yz to 6yz). */
export function isReplyCode(code: string): boolean {
  return REPLY_CODE.test(code);
}

/** True when the string is a Windows Sockets error number such as 10060. */
export function isSocketError(code: string): boolean {
  return SOCKET_ERROR.test(code);
}

/** True when the string is any code this reference can hold. */
export function isKnownShape(code: string): boolean {
  return isReplyCode(code) || isSocketError(code);
}

/** The class digit of a reply code, or undefined for socket errors. */
export function classOf(code: string): ClassDigit | undefined {
  return isReplyCode(code) ? (code[0] as ClassDigit) : undefined;
}

/** The CSS class that gives a class its colour: "c4" (src/styles/global.css), "cs" for socket errors. */
export function classTone(digit: ClassDigit | undefined): string {
  return `c${digit ?? 's'}`;
}

/** The CSS class that colours a code by its class: "c4" for 425, "cs" for 10060 or anything else. */
export function toneOf(code: string): string {
  return classTone(classOf(code));
}

/**
 * The group digit of a reply code, or undefined when it has none: socket errors, x6x to
 * x9x, and the protected 6yz replies, whose digits RFC 2228 5.2 assigns to protection
 * levels (631, 632, 633) rather than to RFC 959's function groups.
 */
export function groupOf(code: string): GroupDigit | undefined {
  if (!isReplyCode(code) || code.startsWith('6')) return undefined;
  const digit = code[1] as string;
  return (GROUP_DIGITS as readonly string[]).includes(digit) ? (digit as GroupDigit) : undefined;
}

/** The slug of a class page, e.g. "4xx". */
export function classSlug(digit: ClassDigit): string {
  return `${digit}xx`;
}

/** The slug of a group page, e.g. "x2x". */
export function groupSlug(digit: GroupDigit): string {
  return `x${digit}x`;
}

/** Whether a reply ends the exchange (final) or promises another reply (preliminary). */
export type Finality = 'preliminary' | 'intermediate' | 'final';

/** Preliminary for 1yz, intermediate for 3yz, final otherwise (RFC 959 4.2.1). */
export function finalityOf(code: string): Finality | undefined {
  const digit = classOf(code);
  if (digit === undefined || digit === '6') return undefined;
  if (digit === '1') return 'preliminary';
  if (digit === '3') return 'intermediate';
  return 'final';
}

/** What a client should do after a reply, derived from its class alone. */
export type RetryVerdict = 'wait' | 'done' | 'continue' | 'transient' | 'permanent' | 'protected' | 'network';

/** The retry verdict for a code: RFC 959 4.2.1 for 1yz to 5yz, RFC 2228 for 6yz. */
export function retryVerdictOf(code: string): RetryVerdict {
  switch (classOf(code)) {
    case '1':
      return 'wait';
    case '2':
      return 'done';
    case '3':
      return 'continue';
    case '4':
      return 'transient';
    case '5':
      return 'permanent';
    case '6':
      return 'protected';
    default:
      return 'network';
  }
}

/** A short label and one sentence for each retry verdict. */
export const RETRY_VERDICTS: Record<RetryVerdict, { label: string; advice: string }> = {
  wait: {
    label: 'Wait',
    advice: 'A final reply will follow on the control connection; do not send the next command yet.',
  },
  done: { label: 'Nothing to retry', advice: 'The command succeeded.' },
  continue: {
    label: 'Continue',
    advice: 'Send the next command the sequence asks for (for example PASS after USER, or RNTO after RNFR).',
  },
  transient: {
    label: 'Retry later',
    advice: 'The condition is temporary: the same command may succeed if it is sent again later, unchanged.',
  },
  permanent: {
    label: 'Do not retry unchanged',
    advice:
      'Sending the same command again will fail the same way; change the command, its argument or the setup first.',
  },
  protected: {
    label: 'Decode first',
    advice: 'The real reply is inside, protected; the class of the decoded reply decides what to do.',
  },
  network: {
    label: 'Depends on the cause',
    advice:
      'This is a network error on the client machine, not a server reply; whether a retry helps depends on why the connection failed.',
  },
};

/** Sorts codes numerically, so 10054 comes after 633 and 120 before 125. */
export function compareCodes(a: string, b: string): number {
  return Number(a) - Number(b);
}
