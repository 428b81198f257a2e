/**
 * Reads content/commands/*.yaml straight from disk (no Astro), and derives the replies of
 * each command from the code entries the same way the build does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readEntries } from './entries.ts';
import { repliesByCommand, type EntryReplies, type ListedReply } from '../../src/lib/command-replies.ts';
import type { FtpCommand } from '../../src/lib/ftp-commands.ts';

/** The folder of the commands collection. */
const COMMANDS_DIR = new URL('../../content/commands/', import.meta.url).pathname;

/** One command file as parsed YAML. */
export interface RawCommand {
  /** The file name without .yaml, which is the entry id. */
  id: string;
  /** The path relative to the repository root, for messages. */
  file: string;
  data: Record<string, unknown>;
}

/** Every command file. */
export function readCommandFiles(dir: string = COMMANDS_DIR): RawCommand[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -5),
      file: `content/commands/${name}`,
      data: parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>,
    }));
}

/** For every command the code entries list, its replies (as the build derives them). */
export function listedReplies(): Map<FtpCommand, ListedReply[]> {
  return repliesByCommand(readEntries().map((e) => e.data as unknown as EntryReplies));
}

/** The commands that have a page: those the code entries list, in name order. */
export const COMMANDS_WITH_PAGES: FtpCommand[] = [...listedReplies().keys()].sort();
