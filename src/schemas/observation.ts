/**
 * One recording of a real FTP server: content/observations/<server>/<scenario>.json, written by
 * `npm run observe` (scripts/observe/). Strict: an unknown key is an error.
 *
 * Reading one: a scenario has one or more client runs, each against a fresh server. In every
 * run the reply the scenario is about carries `focus: true` (the first refusal among the
 * replies to the scenario's command, else its final reply); a run has none when the server
 * never answered, and then its last event says what happened instead. The first run is the
 * one to quote where a single reply is wanted. Text in angle brackets such as <port> is a
 * placeholder (src/lib/observation-placeholders.ts); everything else is verbatim.
 *
 * Each field's documentation is its .describe() text rather than a JSDoc line: the recordings
 * are published in /data/observations.json, whose JSON Schema and documentation page are
 * generated from these schemas, so the text is written once, here.
 */
import { z } from 'astro/zod';

/** The servers recorded, by the id used in paths. */
export const OBSERVED_SERVERS = ['vsftpd', 'proftpd', 'pure-ftpd'] as const;

/** The groups scenarios are listed under. */
export const SCENARIO_GROUPS = [
  'session',
  'login',
  'directories',
  'files',
  'transfers',
  'data-connection',
  'limits',
  'syntax',
  'tls',
] as const;

const text = z.string().trim().min(1);

/** One transcript item: a line the client sent, one whole reply, or an event. */
const transcriptItemSchema = z.union([
  z.strictObject({
    client: z.string().describe('A command line as the client sent it (without CRLF).'),
    note: text.optional().describe('How it was sent, when that matters (e.g. as urgent data).'),
  }),
  z.strictObject({
    server: z
      .array(z.string())
      .min(1)
      .describe('One reply, every line verbatim (a multi-line reply keeps all its lines).'),
    focus: z
      .literal(true)
      .optional()
      .describe('Marks the reply the scenario is about (a run has none when the server never replied).'),
  }),
  z.strictObject({
    event: text.describe("Something that happened outside the control connection's lines, or a client's own log line."),
  }),
]);

/** The whole exchange of one run, in order. */
const transcriptSchema = z.array(transcriptItemSchema).min(1);

/** A client version as the program reports it, e.g. "7.88.1". */
const clientVersion = text;

/** What a command-line client ended with. */
const exitSchema = z.strictObject({
  exitCode: z.number().int().describe('The process exit code.'),
  message: z
    .string()
    .nullable()
    .describe("The client's error message, verbatim (apart from placeholders); null when it printed none."),
});

/** The exception an ftplib call raised. */
const raisedSchema = z.strictObject({
  class: text.describe('The class as a traceback names it, e.g. "ftplib.error_perm" or "EOFError".'),
  text: z.string().describe("str() of the exception: for ftplib's errors, the server's reply."),
});

/** One ftplib call and its outcome. */
const callSchema = z.strictObject({
  call: text.describe('The call as a user writes it, e.g. "retrbinary(\'RETR missing.txt\')".'),
  returned: z.json().optional().describe('What it returned (a reply string, a list, or null), when it returned.'),
  raised: raisedSchema.optional().describe('What it raised, when it raised.'),
});

/** One client run against the server. */
const runSchema = z.discriminatedUnion('client', [
  z.strictObject({
    client: z.literal('curl').describe('curl, run with -v.'),
    clientVersion: clientVersion.describe("curl's version."),
    command: text.describe('The command line (after `curl -v`), with placeholders.'),
    transcript: transcriptSchema.describe('The exchange as curl -v printed it ("*" lines become events).'),
    result: exitSchema.describe('curl\'s exit code and its "curl: (N) ..." message.'),
  }),
  z.strictObject({
    client: z.literal('lftp').describe('lftp, run with -d.'),
    clientVersion: clientVersion.describe("lftp's version."),
    command: text.describe('The lftp commands run after `open`.'),
    transcript: transcriptSchema.describe('The exchange as lftp -d printed it.'),
    result: exitSchema.describe("lftp's exit code and its last error line."),
  }),
  z.strictObject({
    client: z.literal('ftplib').describe("Python's ftplib, called as a user's script calls it."),
    clientVersion: clientVersion.describe('The Python version.'),
    transcript: transcriptSchema.describe('The exchange as ftplib sent and read it.'),
    result: z
      .strictObject({
        calls: z.array(callSchema).min(1).describe('The calls, in order; a call that lost the connection is the last.'),
      })
      .describe('Each call in order, with what it returned or raised.'),
  }),
  z.strictObject({
    client: z.literal('raw').describe("The recorder's raw socket client, for sequences the others never send."),
    clientVersion: clientVersion.describe('The Python version it ran on.'),
    transcript: transcriptSchema.describe('The exchange, exactly as sent and received.'),
  }),
]);

/** One scenario recorded against one server. */
export const observationSchema = z
  .strictObject({
    server: z.enum(OBSERVED_SERVERS).describe("The server's id, equal to the folder name."),
    package: text.describe('The Debian package the server came from.'),
    version: text.describe('The exact Debian package version.'),
    scenario: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id')
      .describe("The scenario's id, equal to the file name."),
    description: text.describe('One line: the situation.'),
    group: z.enum(SCENARIO_GROUPS).describe('The group the scenario is listed under.'),
    order: z.number().int().positive().describe('Position in the scenario list (1 first).'),
    focus: text.describe('The command whose reply the scenario is about ("greeting" for the reply on connecting).'),
    config: z
      .array(z.string())
      .describe("The settings that differ from the server's base setup (content/servers/<server>.json)."),
    notRecorded: text.optional().describe('Why the scenario was not run on this server; absent when it was.'),
    runs: z.array(runSchema).describe('The client runs, in order.'),
  })
  .superRefine((entry, ctx) => {
    if ((entry.notRecorded === undefined) === (entry.runs.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['runs'],
        message: 'a recorded scenario has runs; one not recorded has none and says why in notRecorded',
      });
    }
  });

/** One server's setup that every recording of it starts from. */
export const observedServerSchema = z.strictObject({
  id: z.enum(OBSERVED_SERVERS).describe("The server's id."),
  name: text.describe('The product name readers know.'),
  package: text.describe('The Debian package.'),
  version: text.describe('The exact Debian package version recorded.'),
  command: text.describe('The command line that started it (paths as placeholders).'),
  baseConfig: z
    .array(z.string())
    .describe('The base configuration file, or the switches when the server takes no file.'),
});

/** One recording, as validated. */
export type Observation = z.infer<typeof observationSchema>;
/** One client run of a recording. */
export type ObservedRun = z.infer<typeof runSchema>;
/** One transcript item of a run. */
export type ObservedTranscriptItem = z.infer<typeof transcriptItemSchema>;
/** One server's base setup, as validated. */
export type ObservedServer = z.infer<typeof observedServerSchema>;
