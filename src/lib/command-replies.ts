/**
 * The replies each FTP command can get, derived from the code entries, and their order in
 * the exchange: preliminary (1yz) replies with the final replies that follow them, final
 * replies sent straight away, and intermediate (3yz) replies with the command that comes
 * next (RFC 959 section 5.4 orders its table the same way). Pure: the build and the tests share it.
 */
import type { FtpCommand } from './ftp-commands.ts';
import type { ReplyLine } from '../schemas/command-entry.ts';
import { classOf, compareCodes } from './reply-code.ts';

/** The part of a code entry this module reads. */
export interface EntryReplies {
  code: string;
  /** The commands an RFC lists the code for. */
  commands: readonly FtpCommand[];
  /** Commands real servers answer with the code beyond the RFC lists, each with where that was read. */
  serverCommands?: readonly { command: FtpCommand; source: string }[] | undefined;
}

/** One reply a command can get, and on what authority. */
export interface ListedReply {
  code: string;
  /** True when an RFC lists this reply for the command. */
  rfc: boolean;
  /** Where real servers were seen to send it, when no RFC lists it (one item per source). */
  serverSources: string[];
}

/** One reply in the tree: the listing, what it means after this command, and what follows. */
export interface TreeReply extends ListedReply {
  means: string;
  /** For intermediate replies: the commands that continue the sequence. */
  next: FtpCommand[];
}

/** A command's replies in the order of the exchange. */
export interface ReplyTree {
  /** 1yz replies: the server has started; another reply follows. */
  preliminary: TreeReply[];
  /** The replies that follow a preliminary reply (the 110 restart marker and the final replies). */
  afterPreliminary: TreeReply[];
  /** Final (2yz, 4yz, 5yz) replies sent instead of a preliminary one. */
  final: TreeReply[];
  /** 3yz replies, each followed by the next command of the sequence. */
  intermediate: TreeReply[];
}

/** For every command any entry lists, its replies in numeric order. */
export function repliesByCommand(entries: readonly EntryReplies[]): Map<FtpCommand, ListedReply[]> {
  const out = new Map<FtpCommand, Map<string, ListedReply>>();
  const slot = (command: FtpCommand, code: string): ListedReply => {
    const byCode = out.get(command) ?? new Map<string, ListedReply>();
    out.set(command, byCode);
    const reply = byCode.get(code) ?? { code, rfc: false, serverSources: [] };
    byCode.set(code, reply);
    return reply;
  };
  for (const entry of entries) {
    for (const command of entry.commands) slot(command, entry.code).rfc = true;
    for (const { command, source } of entry.serverCommands ?? []) slot(command, entry.code).serverSources.push(source);
  }
  return new Map(
    [...out].map(([command, byCode]) => [command, [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code))]),
  );
}

/** The result of building a tree: the tree, or the problems that stop it, each naming the file and field. */
export type TreeResult = { tree: ReplyTree; problems: [] } | { tree: undefined; problems: string[] };

/**
 * Orders a command's replies. `notes` are the command file's own lines by code; `general`
 * gives the line for codes whose meaning does not depend on the command. `file` names the
 * command's file in messages.
 */
export function replyTree(
  command: FtpCommand,
  listed: readonly ListedReply[],
  notes: Readonly<Record<string, ReplyLine>>,
  general: (code: string, command: FtpCommand) => string | undefined,
  file: string,
): TreeResult {
  const problems: string[] = [];
  const tree: ReplyTree = { preliminary: [], afterPreliminary: [], final: [], intermediate: [] };
  const hasPreliminary = listed.some((r) => classOf(r.code) === '1' && r.code !== '110');
  for (const reply of listed) {
    const note = notes[reply.code];
    const means = note?.means ?? general(reply.code, command);
    if (means === undefined) {
      problems.push(
        `${file}: field "replies" has no line for ${reply.code}, which the code entries list for ${command}; say in one line what ${reply.code} means after ${command}`,
      );
      continue;
    }
    const item: TreeReply = { ...reply, means, next: [...(note?.next ?? [])] };
    const digit = classOf(reply.code);
    // Without a preliminary reply there is nothing to follow, so "after" cannot apply; that
    // only happens with a partial collection, and placementProblems reports it for the lint.
    const after = hasPreliminary ? note?.after : undefined;
    if (digit === '3') {
      if (item.next.length === 0)
        problems.push(
          `${file}: field "replies.${reply.code}.next": an intermediate reply needs the command that comes next`,
        );
      tree.intermediate.push(item);
    } else if (digit === '1' && reply.code !== '110') {
      tree.preliminary.push(item);
    } else if (reply.code === '110' && hasPreliminary) {
      tree.afterPreliminary.push(item);
    } else {
      if (after !== undefined) tree.afterPreliminary.push(item);
      if (after !== 'preliminary') tree.final.push(item);
    }
  }
  return problems.length > 0 ? { tree: undefined, problems } : { tree, problems: [] };
}

/**
 * Lines that place a reply after a preliminary reply the command does not get. The build
 * tolerates them (a partial collection in the build tests lacks the preliminary replies);
 * the content lint does not.
 */
export function placementProblems(
  command: FtpCommand,
  listed: readonly ListedReply[],
  notes: Readonly<Record<string, ReplyLine>>,
  file: string,
): string[] {
  if (listed.some((r) => classOf(r.code) === '1' && r.code !== '110')) return [];
  return Object.entries(notes)
    .filter(([, note]) => note.after !== undefined)
    .map(
      ([code]) => `${file}: field "replies.${code}.after": ${command} has no preliminary reply for ${code} to follow`,
    );
}

/** Every reply of a tree once, in numeric order. */
export function treeReplies(tree: ReplyTree): TreeReply[] {
  const seen = new Map<string, TreeReply>();
  for (const item of [...tree.preliminary, ...tree.afterPreliminary, ...tree.final, ...tree.intermediate])
    seen.set(item.code, item);
  return [...seen.values()].sort((a, b) => compareCodes(a.code, b.code));
}

/** The part of an extracted RFC reply list (src/data/rfc/) that rfcListings reads. */
export interface ReplyListLike {
  rfc: number;
  section: string;
  command: string | null;
  replies: readonly string[];
  /** Whole classes the list allows ("4" for "any 4xy reply"). */
  classes: readonly string[];
}

/**
 * The RFC sections that list a reply for a command, by the code itself or by its class
 * ("various 4xy replies are also possible"), once each, in RFC and section order.
 */
export function rfcListings(
  command: string,
  code: string,
  lists: readonly ReplyListLike[],
): { rfc: number; section: string }[] {
  const found = new Map<string, { rfc: number; section: string }>();
  for (const list of lists) {
    if (list.command !== command) continue;
    if (list.replies.includes(code) || list.classes.includes(code[0] ?? ''))
      found.set(`${list.rfc} ${list.section}`, { rfc: list.rfc, section: list.section });
  }
  return [...found.values()].sort(
    (a, b) => a.rfc - b.rfc || a.section.localeCompare(b.section, 'en', { numeric: true }),
  );
}
