/**
 * Which of an entry's wordings the recordings confirm. A wording names its program
 * ("vsftpd", "ProFTPD 1.3.8 (mod_tls)"); when that is a recorded server, the wording is
 * observed if that server sent a reply with the entry's code whose text, or one of whose
 * lines, can be the wording. Wordings of other programs are outside what was recorded.
 */
import type { ObservedReply } from './replies.ts';
import { replyTextLines } from './replies.ts';
import { sameText, textShape } from './shapes.ts';

/** A recorded server as the wordings name it. */
export interface ServerName {
  id: ObservedReply['server'];
  /** The product name, e.g. "Pure-FTPd". */
  name: string;
}

/** The recorded server a wording's program names, or undefined for any other program. */
export function serverOfProgram(program: string, servers: readonly ServerName[]): ServerName['id'] | undefined {
  const lower = program.toLowerCase();
  return servers.find((s) => lower === s.name.toLowerCase() || lower.startsWith(`${s.name.toLowerCase()} `))?.id;
}

/** Whether one recorded reply can be the wording `text` (given without its code). */
function replyShowsWording(reply: ObservedReply, text: string): boolean {
  const texts = replyTextLines(reply.lines);
  if (texts.some((t) => sameText(text, t)) || sameText(text, texts.join('\n'))) return true;
  return texts.some((t) => textShape(t, reply.clientArguments).test(text));
}

/** The recorded replies that confirm a wording of `code` by `server`. */
export function confirmingReplies(
  replies: readonly ObservedReply[],
  server: string,
  code: string,
  text: string,
): ObservedReply[] {
  return replies.filter((r) => r.server === server && r.code === code && replyShowsWording(r, text));
}
