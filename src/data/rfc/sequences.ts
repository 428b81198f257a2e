/**
 * Command-reply lists from the extracted RFC data, in the shapes pages and comparisons
 * read: RFC 959 section 5.4 by command (this replaces the hand-typed table that was
 * src/data/rfc959-sequences.ts), and every RFC's lists for a command.
 */
import type { FtpCommand } from '../../lib/ftp-commands.ts';
import type { RfcReplyList } from '../../lib/rfc-facts.ts';
import { RFC_FACTS } from './index.ts';

const table = (RFC_FACTS.get(959)?.replyLists ?? []).filter((l) => l.section === '5.4');

/** The replies RFC 959 5.4 lists for connection establishment (sent before any command). */
export const GREETING_REPLIES: readonly string[] = table.find((l) => l.command === null)?.replies ?? [];

/** For each RFC 959 command, the replies RFC 959 5.4 lists, in the order given there. */
export const RFC959_REPLIES: Partial<Record<FtpCommand, readonly string[]>> = Object.fromEntries(
  table.flatMap((l) => (l.command === null ? [] : [[l.command, l.replies]])),
);

/** Every reply list of every extracted RFC, with the RFC's number. */
const RFC_REPLY_LISTS: readonly (RfcReplyList & { rfc: number })[] = [...RFC_FACTS.values()].flatMap((f) =>
  f.replyLists.map((l) => ({ ...l, rfc: f.rfc })),
);

/** The reply lists the RFCs give for one command. */
export function replyListsFor(command: string): (RfcReplyList & { rfc: number })[] {
  return RFC_REPLY_LISTS.filter((l) => l.command === command);
}
