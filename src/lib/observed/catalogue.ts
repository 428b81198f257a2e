/**
 * The distinct replies the recordings hold, each once per server: the rows of a code page's
 * "What real servers send" and of a server's reply catalogue.
 */
import type { ObservedReply } from './replies.ts';

/** One distinct reply of one server, with every scenario that produced it. */
export interface DistinctReply {
  server: ObservedReply['server'];
  code: string;
  /** The reply's lines, verbatim. */
  lines: string[];
  /** The scenario that shows it best: one where it is the reply the scenario is about, else the first. */
  shownIn: ObservedReply;
  /** Every scenario id that produced it, in scenario order. */
  scenarios: string[];
}

const key = (reply: ObservedReply): string => `${reply.server}\n${reply.lines.join('\n')}`;

/** The distinct replies among `replies`, in the order they first appear, each with its best scenario. */
export function distinctReplies(replies: readonly ObservedReply[]): DistinctReply[] {
  const byKey = new Map<string, DistinctReply>();
  for (const reply of replies) {
    const found = byKey.get(key(reply));
    if (found === undefined) {
      byKey.set(key(reply), {
        server: reply.server,
        code: reply.code,
        lines: reply.lines,
        shownIn: reply,
        scenarios: [reply.scenario],
      });
      continue;
    }
    if (!found.scenarios.includes(reply.scenario)) found.scenarios.push(reply.scenario);
    if (reply.focus && !found.shownIn.focus) found.shownIn = reply;
  }
  return [...byKey.values()];
}

/** The distinct replies with one code, grouped by server in the order given. */
export function repliesForCode(
  replies: readonly ObservedReply[],
  code: string,
  servers: readonly string[],
): Map<string, DistinctReply[]> {
  const rows = distinctReplies(replies.filter((r) => r.code === code));
  return new Map(
    servers.flatMap((server) => {
      const own = rows.filter((r) => r.server === server);
      return own.length > 0 ? [[server, own] as const] : [];
    }),
  );
}

/** Every code the recordings hold, in numeric order. */
export function observedCodes(replies: readonly ObservedReply[]): string[] {
  return [...new Set(replies.map((r) => r.code))].sort((a, b) => Number(a) - Number(b));
}

/** One server's distinct replies, by code in numeric order, then by first appearance. */
export function serverCatalogue(replies: readonly ObservedReply[], server: string): DistinctReply[] {
  return distinctReplies(replies.filter((r) => r.server === server)).sort((a, b) => Number(a.code) - Number(b.code));
}
