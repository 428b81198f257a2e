/**
 * One FTP command's facts: content/commands/<COMMAND>.yaml, read by the command pages and
 * the open data. Strict: an unknown key is an error. The replies a command can get are not
 * listed here: they come from the code entries (`commands` and `serverCommands`), so the two
 * can never disagree. This file only says what each of those replies means after this command.
 */
import { z } from 'astro/zod';
import { FTP_COMMAND_NAMES } from '../lib/ftp-commands.ts';
import { COMMAND_PURPOSES } from '../lib/command-purposes.ts';
import { checkTranscript } from '../lib/transcript.ts';
import { sourceSchema } from './code-entry.ts';

/** A sentence or phrase of our own: trimmed, not empty. */
const text = z.string().trim().min(1);

/** Where a final reply comes in the exchange of a command that has preliminary (1yz) replies. */
const PLACEMENTS = ['preliminary', 'either'] as const;

/** What one reply means after this command. */
const replyLineSchema = z.strictObject({
  /** One line of our own: what this code tells the client when it answers this command. */
  means: text.max(260),
  /**
   * Only for commands with preliminary replies: "preliminary" when the reply follows a 1yz
   * reply (it reports how the transfer ended), "either" when it can also come straight away.
   * Without it, the reply comes instead of a preliminary reply.
   */
  after: z.enum(PLACEMENTS).optional(),
  /** Only for intermediate (3yz) replies: the commands that continue the sequence. */
  next: z.array(z.enum(FTP_COMMAND_NAMES)).min(1).optional(),
});

/** The schema of one command file. */
export const commandEntrySchema = z
  .strictObject({
    /** The command as RFCs write it, equal to the file name: "RETR". */
    command: z.enum(FTP_COMMAND_NAMES),
    /** Its long name, after the defining RFC: "Retrieve". */
    name: text.max(60),
    /** Which group of the command index it belongs to. */
    purpose: z.enum(COMMAND_PURPOSES),
    /** How the command is written, arguments in angle brackets: "RETR <pathname>". */
    syntax: text.max(120),
    /** One plain sentence on what the command does; it is also the meta description. */
    summary: text.max(200),
    /** What the command does and how it is used, in our words: one paragraph per item. */
    description: z.array(text).min(1),
    /** By reply code: what that reply means after this command, where the general line does not say enough. */
    replies: z.record(z.string().regex(/^[1-6]\d\d$/, 'a reply code such as "226"'), replyLineSchema),
    /** An example exchange, one line each: "C: " client, "S: " server, "*: " an event. */
    example: z.string().superRefine((value, ctx) => {
      for (const problem of checkTranscript(value)) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** Where every fact in this file comes from: the defining RFC section first. */
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((entry, ctx) => {
    if (!entry.example.split('\n').some((line) => line.toUpperCase().startsWith(`C: ${entry.command}`))) {
      ctx.addIssue({
        code: 'custom',
        path: ['example'],
        message: `the example must show the client sending ${entry.command} (a line "C: ${entry.command} ...")`,
      });
    }
    for (const [code, line] of Object.entries(entry.replies)) {
      if (line.next !== undefined && code[0] !== '3') {
        ctx.addIssue({
          code: 'custom',
          path: ['replies', code, 'next'],
          message: `only an intermediate (3yz) reply is followed by a next command; ${code} is not one`,
        });
      }
      if (line.after !== undefined && (code[0] === '3' || (code[0] === '1' && code !== '110'))) {
        ctx.addIssue({
          code: 'custom',
          path: ['replies', code, 'after'],
          message: `"after" places a final reply (or the 110 restart marker) after a preliminary reply; ${code} is not one`,
        });
      }
    }
  });

/** One command file, as validated. */
export type CommandEntryData = z.infer<typeof commandEntrySchema>;
/** What one reply means after a command. */
export type ReplyLine = z.infer<typeof replyLineSchema>;
