/** Grouping server lines into whole replies, the way RFC 959 section 4.2 defines multi-line replies. */

/**
 * Splits a run of server lines into replies: a line "ddd-" opens a multi-line reply that
 * ends at the first line starting "ddd " with the same code; any other line is a reply alone.
 */
export function groupReplies(lines: string[]): string[][] {
  const replies: string[][] = [];
  let open: { code: string; lines: string[] } | undefined;
  for (const line of lines) {
    if (open) {
      open.lines.push(line);
      if (line.startsWith(`${open.code} `) || line === open.code) {
        replies.push(open.lines);
        open = undefined;
      }
      continue;
    }
    const start = /^(\d{3})-/.exec(line);
    if (start) open = { code: start[1] as string, lines: [line] };
    else replies.push([line]);
  }
  if (open) replies.push(open.lines);
  return replies;
}

/** True when the lines end inside a multi-line reply (opened with "ddd-", not yet closed). */
export function endsInsideReply(lines: string[]): boolean {
  const last = groupReplies(lines).at(-1);
  if (last === undefined) return false;
  const code = /^(\d{3})-/.exec(last[0] ?? '')?.[1];
  if (code === undefined) return false;
  const end = last[last.length - 1] ?? '';
  return last.length === 1 || !(end.startsWith(`${code} `) || end === code);
}
