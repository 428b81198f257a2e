/**
 * The shapes a pasted FTP log is read into: one entry per line the tool printed (a
 * multi-line reply becomes one entry), whatever tool printed it.
 */

/** The tools and shapes the explainer reads. */
export type LogFormat = 'filezilla' | 'winscp' | 'curl' | 'lftp' | 'ftplib' | 'transcript' | 'reply';

/**
 * What a line is: a command the client sent, a reply the server sent, a status or error
 * line of the client, an echo (a line the tool prints twice, such as ftplib's *put*), or
 * context (anything else, kept and shown as it was).
 */
export type EntryKind = 'command' | 'reply' | 'status' | 'error' | 'echo' | 'context';

/** One line as a format reader sees it, before multi-line replies are grouped. */
export interface ReadLine {
  kind: EntryKind;
  /** The line without the tool's prefix and timestamp. */
  text: string;
  /** The timestamp as the tool printed it, when there is one. */
  time?: string;
}

/** One entry of a parsed log. */
export interface LogEntry extends ReadLine {
  /** The 1-based line of the pasted text where the entry starts. */
  line: number;
  /** For replies: the three-digit code. */
  code?: string;
  /** For replies: every line of the reply (one for a single-line reply). */
  replyLines?: string[];
}

/** A whole parsed log. */
export interface ParsedLog {
  format: LogFormat;
  entries: LogEntry[];
  /** How many lines the pasted text had. */
  lineCount: number;
}

/** The names shown for each format. */
export const FORMAT_LABELS: Record<LogFormat, string> = {
  filezilla: 'FileZilla message log',
  winscp: 'WinSCP session log',
  curl: 'curl -v output',
  lftp: 'lftp debug output (-d)',
  ftplib: 'Python ftplib debug output',
  transcript: 'FTP transcript',
  reply: 'a single FTP reply',
};
