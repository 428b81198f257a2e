/**
 * Reads a pasted log: finds its format, reads each line with that format's reader, and
 * groups the lines of multi-line replies ("211-Features:" ... "211 End") into one entry, as
 * RFC 959 section 4.2 defines them: the reply ends with the line that starts with the same
 * code followed by a space. Lines no reader knows are kept as context.
 */
import type { LogEntry, ParsedLog, ReadLine } from './entries.ts';
import { detectReader } from './detect.ts';
import { replyCodeOf } from './formats/reader.ts';
import { isCommandVerb } from './commands.ts';

/** Splits pasted text into lines, whatever the line ends (CRLF, LF or CR). */
function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Parses a whole log. */
export function parseLog(text: string): ParsedLog {
  const lines = splitLines(text);
  const reader = detectReader(lines);
  const entries: LogEntry[] = [];
  let open: LogEntry | undefined; // a multi-line reply still waiting for its last line
  const raw = reader.format === 'transcript';

  const close = (): void => {
    open = undefined;
  };
  const push = (read: ReadLine, line: number): void => {
    if (open !== undefined) {
      // Inside a multi-line reply: reply lines belong to it, and so do the unprefixed lines of a
      // raw transcript (continuation lines need not start with digits), except commands.
      const absorbs =
        read.kind === 'reply' || (raw && read.kind === 'context' && !isCommandVerb(read.text.split(' ')[0] ?? ''));
      if (absorbs) {
        open.replyLines?.push(read.text);
        open.text += `\n${read.text}`;
        if (read.text.startsWith(`${open.code} `) || read.text === open.code) close();
        return;
      }
    }
    if (read.kind === 'reply') {
      const code = replyCodeOf(read.text);
      if (code === undefined) {
        // A reply line that starts no reply: a continuation whose first line was not pasted.
        entries.push({ ...read, kind: 'context', line });
        return;
      }
      const entry: LogEntry = { ...read, line, code, replyLines: [read.text] };
      entries.push(entry);
      if (read.text[3] === '-') open = entry;
      return;
    }
    entries.push({ ...read, line });
  };

  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const read = reader.read(line) ?? [{ kind: 'context' as const, text: line.trimEnd() }];
    for (const r of read) push(r, index + 1);
  });
  const replies = entries.filter((e) => e.kind === 'reply');
  const onlyOneReply = replies.length === 1 && entries.every((e) => e.kind === 'reply' || e.kind === 'context');
  return { format: raw && onlyOneReply ? 'reply' : reader.format, entries, lineCount: lines.length };
}
