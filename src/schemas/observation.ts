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
 */
import { z } from 'astro/zod';

/** The servers recorded, by the id used in paths. */
export const OBSERVED_SERVERS = ['vsftpd', 'proftpd', 'pure-ftpd'] as const;

/** The clients that made the runs. */
export const OBSERVING_CLIENTS = ['curl', 'ftplib', 'lftp', 'raw'] as const;

/** The groups scenarios are listed under. */
export const SCENARIO_GROUPS = ['session', 'login', 'directories', 'files', 'transfers', 'data-connection', 'limits', 'syntax', 'tls'] as const;

const text = z.string().trim().min(1);

/** One transcript item: a line the client sent, one whole reply, or an event. */
const transcriptItemSchema = z.union([
  z.strictObject({
    /** A command line as the client sent it (without CRLF). */
    client: z.string(),
    /** How it was sent, when that matters (e.g. as urgent data). */
    note: text.optional(),
  }),
  z.strictObject({
    /** One reply, every line verbatim (a multi-line reply keeps all its lines). */
    server: z.array(z.string()).min(1),
    /** Marks the reply the scenario is about (a run has none when the server never replied). */
    focus: z.literal(true).optional(),
  }),
  z.strictObject({
    /** Something that happened outside the control connection's lines, or a client's own log line. */
    event: text,
  }),
]);

/** The whole exchange of one run, in order. */
const transcriptSchema = z.array(transcriptItemSchema).min(1);

/** A client version as the program reports it, e.g. "7.88.1". */
const clientVersion = text;

/** What a command-line client ended with. */
const exitSchema = z.strictObject({
  /** The process exit code. */
  exitCode: z.number().int(),
  /** The client's error message, verbatim (apart from placeholders); null when it printed none. */
  message: z.string().nullable(),
});

/** The exception an ftplib call raised. */
const raisedSchema = z.strictObject({
  /** The class as a traceback names it, e.g. "ftplib.error_perm" or "EOFError". */
  class: text,
  /** str() of the exception: for ftplib's errors, the server's reply. */
  text: z.string(),
});

/** One ftplib call and its outcome. */
const callSchema = z.strictObject({
  /** The call as a user writes it, e.g. "retrbinary('RETR missing.txt')". */
  call: text,
  /** What it returned (a reply string, a list, or null), when it returned. */
  returned: z.json().optional(),
  /** What it raised, when it raised. */
  raised: raisedSchema.optional(),
});

/** One client run against the server. */
const runSchema = z.discriminatedUnion('client', [
  z.strictObject({
    /** curl, run with -v. */
    client: z.literal('curl'),
    /** curl's version. */
    clientVersion,
    /** The command line (after `curl -v`), with placeholders. */
    command: text,
    /** The exchange as curl -v printed it ("*" lines become events). */
    transcript: transcriptSchema,
    /** curl's exit code and its "curl: (N) ..." message. */
    result: exitSchema,
  }),
  z.strictObject({
    /** lftp, run with -d. */
    client: z.literal('lftp'),
    /** lftp's version. */
    clientVersion,
    /** The lftp commands run after `open`. */
    command: text,
    /** The exchange as lftp -d printed it. */
    transcript: transcriptSchema,
    /** lftp's exit code and its last error line. */
    result: exitSchema,
  }),
  z.strictObject({
    /** Python's ftplib, called as a user's script calls it. */
    client: z.literal('ftplib'),
    /** The Python version. */
    clientVersion,
    /** The exchange as ftplib sent and read it. */
    transcript: transcriptSchema,
    /** Each call in order, with what it returned or raised. */
    result: z.strictObject({
      /** The calls, in order; a call that lost the connection is the last. */
      calls: z.array(callSchema).min(1),
    }),
  }),
  z.strictObject({
    /** The recorder's raw socket client, for sequences the others never send. */
    client: z.literal('raw'),
    /** The Python version it ran on. */
    clientVersion,
    /** The exchange, exactly as sent and received. */
    transcript: transcriptSchema,
  }),
]);

/** One scenario recorded against one server. */
export const observationSchema = z
  .strictObject({
    /** The server's id, equal to the folder name. */
    server: z.enum(OBSERVED_SERVERS),
    /** The Debian package the server came from. */
    package: text,
    /** The exact Debian package version. */
    version: text,
    /** The scenario's id, equal to the file name. */
    scenario: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
    /** One line: the situation. */
    description: text,
    /** The group the scenario is listed under. */
    group: z.enum(SCENARIO_GROUPS),
    /** Position in the scenario list (1 first). */
    order: z.number().int().positive(),
    /** The command whose reply the scenario is about ("greeting" for the reply on connecting). */
    focus: text,
    /** The settings that differ from the server's base setup (content/servers/<server>.json). */
    config: z.array(z.string()),
    /** Why the scenario was not run on this server; absent when it was. */
    notRecorded: text.optional(),
    /** The client runs, in order. */
    runs: z.array(runSchema),
  })
  .superRefine((entry, ctx) => {
    if ((entry.notRecorded === undefined) === (entry.runs.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['runs'], message: 'a recorded scenario has runs; one not recorded has none and says why in notRecorded' });
    }
  });

/** One server's setup that every recording of it starts from. */
export const observedServerSchema = z.strictObject({
  /** The server's id. */
  id: z.enum(OBSERVED_SERVERS),
  /** The product name readers know. */
  name: text,
  /** The Debian package. */
  package: text,
  /** The exact Debian package version recorded. */
  version: text,
  /** The command line that started it (paths as placeholders). */
  command: text,
  /** The base configuration file, or the switches when the server takes no file. */
  baseConfig: z.array(z.string()),
});

/** One recording, as validated. */
export type Observation = z.infer<typeof observationSchema>;
/** One client run of a recording. */
export type ObservedRun = z.infer<typeof runSchema>;
/** One transcript item of a run. */
export type ObservedTranscriptItem = z.infer<typeof transcriptItemSchema>;
/** One server's base setup, as validated. */
export type ObservedServer = z.infer<typeof observedServerSchema>;
