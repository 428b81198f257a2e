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
