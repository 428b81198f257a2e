/**
 * The command pages' data, built once per build: every command any code entry lists, its
 * file in content/commands/, and its replies in the order of the exchange. Any gap (a listed
 * command without a file, a reply without a line) stops the build with one message per problem.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getCodes } from './codes.ts';
import { anyCommandLine } from './any-command-replies.ts';
import { FTP_COMMAND_NAMES } from '../lib/ftp-commands.ts';
import { repliesByCommand, replyTree, treeReplies, type ReplyTree, type TreeReply } from '../lib/command-replies.ts';

/** One entry of the commands collection. */
export type CommandEntry = CollectionEntry<'commands'>;

/** Everything a command page shows. */
export interface CommandPageData {
  entry: CommandEntry;
  /** The replies in the order of the exchange. */
  tree: ReplyTree;
  /** Every reply once, in numeric order. */
  replies: TreeReply[];
}

/** The path of a command's file, for messages. */
const commandFile = (command: string): string => `content/commands/${command}.yaml`;

let cache: Promise<CommandPageData[]> | undefined;

/** Every command that any code entry lists, in the order of FTP_COMMAND_NAMES (RFC 959 first). */
export function getCommandPages(): Promise<CommandPageData[]> {
  cache ??= Promise.all([getCollection('commands'), getCodes()]).then(([files, codes]) => {
    const problems: string[] = [];
    const byName = new Map(files.map((f) => [f.id, f]));
    for (const file of files) {
      if (file.data.command !== file.id)
        problems.push(
          `${commandFile(file.id)}: field "command" is "${file.data.command}" but the file name says "${file.id}"`,
        );
    }
    const listed = repliesByCommand(codes.map((e) => e.data));
    const pages: CommandPageData[] = [];
    for (const command of FTP_COMMAND_NAMES.filter((c) => listed.has(c))) {
      const entry = byName.get(command);
      if (entry === undefined) {
        problems.push(
          `${commandFile(command)}: missing; the code entries list replies for ${command}, so it needs a file saying what it does`,
        );
        continue;
      }
      const result = replyTree(
        command,
        listed.get(command) ?? [],
        entry.data.replies,
        anyCommandLine,
        commandFile(command),
      );
      if (result.tree === undefined) problems.push(...result.problems);
      else pages.push({ entry, tree: result.tree, replies: treeReplies(result.tree) });
    }
    if (problems.length > 0) throw new Error(`The commands collection is invalid:\n  ${problems.join('\n  ')}`);
    return pages;
  });
  return cache;
}
