/**
 * The facts a comparison page sets side by side, worded so that each is true for every
 * code: the table's rows (with the rows both codes share folded into one line), and what
 * the RFC reply lists say about the commands of each, phrased as what the RFC lists and
 * what servers are recorded doing, never as "only". Pure and unit-tested.
 */
import { KIND_LABELS, channelLabel, classLabel, finalityLabel, groupLabel, retryLabel } from './describe.ts';
import { classOf } from './reply-code.ts';
import { joinList } from './relation-text.ts';
import type { ServerUse } from './relation.ts';
import type { Channel, CodeKind } from '../schemas/code-entry.ts';

/** The facts of one code that a comparison reads. */
export interface CompareSide {
  code: string;
  kind: CodeKind;
  channel: Channel;
  /** The commands an RFC lists the code for (not everything servers do). */
  commands: readonly string[];
  /** Commands servers answer with it beyond the RFC lists. */
  serverCommands: readonly ServerUse[];
  greeting?: boolean | undefined;
  rfcText?: string | undefined;
  symbol?: string | undefined;
}

/** One row of the comparison table: a label and each code's value. */
export interface GlanceRow {
  label: string;
  a: string;
  b: string;
}

/** Values that say a property does not apply; a row where both sides say so is left out. */
const NOT_APPLICABLE = new Set(['None', 'Not applicable', 'None recorded']);

const protectedReply = (code: string): boolean => classOf(code) === '6';

/** The reply as it appears on the wire: a 6yz carries base64, socket errors and non-standard codes have no RFC text. */
export function wireText(side: CompareSide): string {
  if (protectedReply(side.code)) return 'Base64 text: the real reply, protected by the security mechanism';
  if (side.symbol !== undefined) return `None: Winsock ${side.symbol}, never sent by a server`;
  return side.rfcText ?? 'None in any RFC';
}

/** The commands row: the greeting, the RFC lists, a 6yz's wrapping, or nothing for a socket error. */
function listedFor(side: CompareSide): string {
  if (side.kind === 'socket-error') return 'None: not an FTP reply';
  if (protectedReply(side.code)) return 'Any command, once a security data exchange has completed (RFC 2228 8.2)';
  const parts = [
    ...(side.greeting === true ? ['The greeting, before any command'] : []),
    ...(side.commands.length > 0 ? [side.commands.join(', ')] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'None in any RFC';
}

const ROWS: { label: string; value: (s: CompareSide) => string }[] = [
  { label: 'Reply text', value: wireText },
  { label: 'Class', value: (s) => classLabel(s.code) ?? 'None: not an FTP reply' },
  {
    label: 'Group',
    value: (s) =>
      groupLabel(s.code) ?? (protectedReply(s.code) ? 'None: RFC 2228 gives 6yz codes no function group' : 'None'),
  },
  {
    label: 'Reply type',
    value: (s) => finalityLabel(s.code) ?? (protectedReply(s.code) ? 'Decided by the reply inside' : 'Not applicable'),
  },
  { label: 'Kind', value: (s) => KIND_LABELS[s.kind] },
  { label: 'Connection', value: (s) => channelLabel(s.channel, s.kind) },
  { label: 'Retry', value: (s) => retryLabel(s.code).label },
  { label: 'RFC-listed commands', value: listedFor },
  {
    label: 'Servers also send it for',
    value: (s) => [...new Set(s.serverCommands.map((u) => u.command))].join(', ') || 'None recorded',
  },
];

/**
 * The table of a pair, split in two: the rows where the codes differ, and the rows they
 * share, which the page folds into one "in common" line instead of repeating them.
 */
export function glanceRows(a: CompareSide, b: CompareSide): { differing: GlanceRow[]; common: GlanceRow[] } {
  const rows = ROWS.map((r) => ({ label: r.label, a: r.value(a), b: r.value(b) })).filter(
    (r) => !(NOT_APPLICABLE.has(r.a) && NOT_APPLICABLE.has(r.b)),
  );
  return { differing: rows.filter((r) => r.a !== r.b), common: rows.filter((r) => r.a === r.b) };
}

/** The longest list of commands a context sentence names; longer ones are left to the table. */
const CONTEXT_CAP = 10;

/**
 * Where RFC 959's reply lists part ways and servers do not keep to them: "RFC 959 lists
 * 450, not 550, for STOR and LIST, yet servers send 550 to some of them: ProFTPD for STOR."
 * It reads RFC 959 5.4 itself (passed in), whose lists are exact, leaves out a command that
 * another RFC lists the other code for, and says nothing where no server is on record, since
 * the RFC lists alone are in the table already. `alreadySaid` holds "550 STOR" pairs that the
 * relation sentence has named, so they are not named twice. `anyCommand` holds the codes an RFC
 * lets answer any command (421, RFC 959 4.2.2): "RFC 959 lists 202, not 421, for SITE" would
 * read as if the RFC ruled 421 out there.
 */
export function commandContext(
  a: CompareSide,
  b: CompareSide,
  rfc959: Readonly<Record<string, readonly string[] | undefined>>,
  alreadySaid: ReadonlySet<string> = new Set(),
  anyCommand: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (anyCommand.has(y.code)) continue;
    const onlyX = Object.entries(rfc959)
      .filter(
        ([command, replies]) =>
          replies?.includes(x.code) === true && !replies.includes(y.code) && !y.commands.includes(command),
      )
      .map(([command]) => command);
    const byProgram = new Map<string, string[]>();
    for (const u of y.serverCommands.filter(
      (s) => onlyX.includes(s.command) && !alreadySaid.has(`${y.code} ${s.command}`),
    ))
      byProgram.set(u.program, [...new Set([...(byProgram.get(u.program) ?? []), u.command])]);
    if (byProgram.size === 0 || onlyX.length > CONTEXT_CAP) continue;
    // Programs seen doing the same share one item: "vsftpd 3.0.3 and ProFTPD 1.3.8 for PWD".
    const sameCommands = Map.groupBy([...byProgram], ([, commands]) => commands.join(' '));
    const servers = [...sameCommands.values()].map(
      (group) => `${joinList(group.map(([program]) => program))} for ${joinList(group[0]?.[1] ?? [])}`,
    );
    const all = [...new Set([...byProgram.values()].flat())].length === onlyX.length;
    const which = !all ? 'to some of them' : onlyX.length === 1 ? 'to it' : 'to them';
    // Semicolons between servers: each item has its own "and" ("ProFTPD for STOR and STOU").
    out.push(
      `RFC 959 lists ${x.code}, not ${y.code}, for ${joinList(onlyX)}, yet servers send ${y.code} ${which}: ${servers.join('; ')}.`,
    );
  }
  return out;
}

/** Cuts a text to at most `max` characters at a word boundary, marking the cut with "…". */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:]$/, '')}…`;
}
