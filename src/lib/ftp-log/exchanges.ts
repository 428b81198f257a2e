/**
 * Turns the entries of a parsed log into exchanges: each command with the replies that answer
 * it, in order. Replies answer the oldest command still waiting (RFC 959 section 4.2: one
 * final reply per command, in order); a 1xx reply keeps its command waiting for the final reply
 * that closes it (RFC 959 4.2.1). A reply with no command waiting is one the server sent on its
 * own, such as the greeting. An error line ends every command still waiting: it got no reply.
 */
import type { LogEntry } from './entries.ts';
import { decode227, type PasvResult } from '../pasv.ts';
import { decode229, type EpsvResult } from '../epsv.ts';
import { isErrorLike, readClientError, type ClientError } from './client-errors.ts';

/** How an exchange ended. */
export type Outcome = 'success' | 'intermediate' | 'transient' | 'permanent' | 'protected' | 'no-reply' | 'no-final';

/** A command and its replies (or replies the server sent unprompted). */
export interface Exchange {
  type: 'exchange';
  /** The command line, absent for a reply nobody asked for (a greeting). */
  command?: LogEntry;
  /** The verb in upper case, e.g. "RETR"; "" for unprompted replies. */
  verb: string;
  /** Every reply, preliminary ones first. */
  replies: LogEntry[];
  outcome: Outcome;
  /** The error line that ended the wait, for "no-reply" and "no-final". */
  endedBy?: Note;
  /** For a 227 reply: its address and port. */
  pasv?: PasvResult;
  /** For a 229 reply: its port. */
  epsv?: EpsvResult;
}

/** A line that is neither a command nor a reply: a status, an error or context. */
export interface Note {
  type: 'note';
  entry: LogEntry;
  /** Set when the line reports a failure. */
  error?: ClientError;
}

/** One item of the explanation, in log order. */
export type Item = Exchange | Note;

const OUTCOMES: Record<string, Outcome> = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
  '6': 'protected',
};

/** The verb of a command line. */
export function verbOf(text: string): string {
  return (text.trim().split(/\s+/)[0] ?? '').toUpperCase();
}

/** Builds the exchanges; `known` is the set of codes that have a page. */
export function buildExchanges(entries: readonly LogEntry[], known: ReadonlySet<string>): Item[] {
  const items: Item[] = [];
  const waiting: Exchange[] = [];

  const finish = (exchange: Exchange, reply: LogEntry): void => {
    const code = reply.code as string;
    exchange.outcome = OUTCOMES[code[0] as string] ?? 'permanent';
    if (code === '227') exchange.pasv = decode227(reply.replyLines?.join(' ') ?? reply.text);
    if (code === '229') exchange.epsv = decode229(reply.replyLines?.join(' ') ?? reply.text);
  };

  for (const entry of entries) {
    if (entry.kind === 'echo') continue; // ftplib's *put*/*get* repeat what *cmd*/*resp* say
    if (entry.kind === 'command') {
      const exchange: Exchange = {
        type: 'exchange',
        command: entry,
        verb: verbOf(entry.text),
        replies: [],
        outcome: 'no-reply',
      };
      items.push(exchange);
      waiting.push(exchange);
      continue;
    }
    if (entry.kind === 'reply') {
      let target = waiting[0];
      if (target === undefined) {
        target = { type: 'exchange', verb: '', replies: [], outcome: 'no-reply' };
        items.push(target);
        waiting.push(target);
      }
      target.replies.push(entry);
      if ((entry.code as string).startsWith('1')) {
        target.outcome = 'no-final';
      } else {
        finish(target, entry);
        waiting.shift();
      }
      continue;
    }
    const failed =
      entry.kind === 'error' || ((entry.kind === 'status' || entry.kind === 'context') && isErrorLike(entry.text));
    const note: Note = failed
      ? { type: 'note', entry, error: readClientError(entry.text, known) }
      : { type: 'note', entry };
    items.push(note);
    if (failed) {
      for (const exchange of waiting) exchange.endedBy = note;
      waiting.length = 0;
    }
  }
  return items;
}
