/**
 * The shape of the downloadable data in /data/: every file is checked against these zod
 * schemas when it is built, and each schema is published as JSON Schema beside its file
 * (z.toJSONSchema), so the shape is written once, here.
 *
 * Each field's documentation is its .describe() text rather than a JSDoc line: that text is
 * what the JSON Schema files and the /data/ page publish, and writing it twice would let
 * the two drift apart.
 */
import { z } from 'astro/zod';
import { KINDS } from './code-entry.ts';
import { FTP_COMMAND_NAMES } from '../lib/ftp-commands.ts';
import { COMMAND_PURPOSES } from '../lib/command-purposes.ts';
import { observationSchema, observedServerSchema } from './observation.ts';

/**
 * The version of the data's shape. Adding fields, codes or commands keeps it; removing or
 * renaming a field, or changing what a field means or its type, raises it by one.
 */
export const DATA_VERSION = 1;

const str = (description: string) => z.string().describe(description);
const nullableStr = (description: string) => z.string().nullable().describe(description);
const textNote = ' Text may contain `backticks` around code, commands and directive names; nothing else is markup.';

const versionField = z
  .literal(DATA_VERSION)
  .describe(
    `The version of this file's shape, now ${DATA_VERSION}. It changes only when a field is removed or renamed, or its meaning or type changes; new fields and entries keep it.`,
  );
const schemaField = z.url().describe('The URL of the JSON Schema this file follows.');

/** A citation, as published. */
const sourceRecord = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('rfc').describe('"rfc" for a section of an RFC.'),
      rfc: z.number().int().positive().describe('The RFC number, e.g. 959.'),
      section: str('The section number, e.g. "4.2.2".'),
      note: nullableStr(`What this source establishes; null when obvious.${textNote}`),
      url: z.url().describe('The section at the RFC Editor.'),
    }),
    z.strictObject({
      type: z
        .literal('web')
        .describe('"web" for any other public source: a server\'s source file, a manual, a client\'s documentation.'),
      title: str("The source's name, often with the program, version and file."),
      note: nullableStr(`What this source establishes; null when obvious.${textNote}`),
      url: z.url().describe('Where to read it.'),
    }),
  ])
  .describe('A source of the facts given for this item.');

/** A digit's meaning: `what` is "class" or "group", `name` and `label` examples of each. */
const digitRecord = (what: string, name: string, label: string) =>
  z.strictObject({
    digit: str(`The ${what} digit.`),
    name: str(`The ${what}'s short name, e.g. "${name}".`),
    label: str(`The ${what}'s label in RFC 959, e.g. "${label}".`),
    url: z.url().describe(`The page about this ${what}.`),
  });

/** Everything published about one code. */
const codeRecordSchema = z
  .strictObject({
    code: str('The code as a string: "425", or "10060" for a Windows socket error.'),
    url: z.url().describe("The code's page on this site."),
    dataUrl: z.url().describe("This code's own data file."),
    title: str('A short name for the code.'),
    rfcText: nullableStr(
      'The reply text of the defining RFC, verbatim; null for non-standard codes and socket errors.',
    ),
    symbol: nullableStr('For socket errors, the Winsock name such as "WSAETIMEDOUT"; null otherwise.'),
    summary: str(`One plain sentence on what the code means.${textNote}`),
    kind: z
      .enum(KINDS)
      .describe(
        'Where the code comes from: "standard" (RFC 959), "extension" (a later RFC), "obsolete", "non-standard" (in no RFC) or "socket-error" (not an FTP reply).',
      ),
    class: digitRecord('class', '4xx', 'Transient Negative Completion')
      .nullable()
      .describe('The class of the first digit (RFC 959 4.2.1, RFC 2228 for 6yz); null for socket errors.'),
    group: digitRecord('group', 'x2x', 'Connections')
      .nullable()
      .describe(
        'The group of the second digit (RFC 959 4.2.1); null for socket errors and second digits RFC 959 does not assign.',
      ),
    finality: z
      .enum(['preliminary', 'intermediate', 'final'])
      .nullable()
      .describe(
        '"preliminary" (1yz: another reply follows), "intermediate" (3yz: the server waits for another command) or "final"; null for 6yz and socket errors.',
      ),
    retry: z
      .strictObject({
        verdict: z
          .enum(['wait', 'done', 'continue', 'transient', 'permanent', 'protected', 'network'])
          .describe(
            'What the class says to do: wait (1yz), done (2yz), continue (3yz), transient (4yz: retry later), permanent (5yz: change something first), protected (6yz: decode first), network (socket errors).',
          ),
        label: str('The verdict in a few words.'),
        advice: str('The verdict in one sentence.'),
        note: nullableStr(`Where practice differs from the verdict; null when it does not.${textNote}`),
      })
      .describe('Whether repeating the command can help, derived from the first digit.'),
    channel: z
      .enum(['control', 'data', 'both'])
      .describe('The connection the condition is about; the reply itself always travels on the control connection.'),
    greeting: z.boolean().describe('True when servers send the code unprompted as the client connects.'),
    commands: z
      .array(z.enum(FTP_COMMAND_NAMES))
      .describe(
        'The commands an RFC lists this code for (RFC 959 5.4, RFC 2228 8.2 and the extension RFCs). Not everything real servers do: see serverCommands.',
      ),
    serverCommands: z
      .array(
        z.strictObject({
          command: z.enum(FTP_COMMAND_NAMES).describe('The command.'),
          source: str(`The program and where that was read.${textNote}`),
        }),
      )
      .describe('Commands real servers answer with this code although no RFC lists it for them, one item per source.'),
    seenWhen: str(`One sentence on the situation in which people meet the code.${textNote}`),
    causes: z.array(z.string()).describe(`The real situations behind the code.${textNote}`),
    fixClient: z.array(z.string()).describe(`What the person at the client can do.${textNote}`),
    fixServer: z.array(z.string()).describe(`What the server administrator can do.${textNote}`),
    example: str('An example exchange, one line each: "C: " client, "S: " server, "*: " an event or log line.'),
    clients: z
      .strictObject({
        curl: nullableStr('What curl reports; null when not established.'),
        ftplib: nullableStr("What Python's ftplib raises; null when not established."),
        filezilla: nullableStr('What FileZilla reports; null when not established.'),
        winscp: nullableStr('What WinSCP reports; null when not established.'),
      })
      .describe(
        `What popular clients report for the code, only where read in their source or documentation.${textNote}`,
      ),
    wordings: z
      .array(
        z.strictObject({
          program: str('The server or client.'),
          text: str('The text exactly as the program prints it, after the code.'),
          source: str('Where the wording was read.'),
        }),
      )
      .describe('Real texts that programs send or print with this code.'),
    myths: z
      .array(
        z.strictObject({
          claim: str(`A popular claim that is wrong.${textNote}`),
          truth: str(`What the sources say instead.${textNote}`),
        }),
      )
      .describe('Popular claims about the code that are wrong.'),
    sources: z.array(sourceRecord).describe('Where the facts about this code come from.'),
    related: z
      .array(
        z.strictObject({
          code: str('The other code.'),
          note: str(`How it differs from this one.${textNote}`),
          test: nullableStr(
            `For a pair people often confuse, a one-line test that tells them apart; null otherwise.${textNote}`,
          ),
          url: z.url().describe("The other code's page."),
          compareUrl: z.url().describe('The page comparing the two codes.'),
        }),
      )
      .describe('Codes a reader may meet instead, each with how it differs.'),
  })
  .describe(
    'One FTP reply code (or Windows socket error) with everything this site says about it in structured form; the explanation in prose is on its page.',
  );

/** /data/codes.json. */
export const codesFileSchema = z
  .strictObject({
    $schema: schemaField,
    version: versionField,
    codes: z.array(codeRecordSchema).describe('Every code, in numeric order.'),
  })
  .describe('Every FTP reply code in this reference, and the Windows socket errors FTP clients print.');

/** /data/codes/<code>.json: one code's record with the file's version. */
export const codeFileSchema = z
  .strictObject({
    $schema: schemaField,
    version: versionField,
    ...codeRecordSchema.shape,
  })
  .describe("One FTP reply code (or Windows socket error): the same record as in codes.json, with the file's version.");

/** One reply as a command page shows it. */
const commandReplyRecord = z.strictObject({
  code: str('The reply code.'),
  title: str("The code's short name."),
  url: z.url().describe("The code's page."),
  placement: z
    .enum(['preliminary', 'after-preliminary', 'final', 'after-preliminary-or-final', 'intermediate'])
    .describe(
      'Where the reply comes in the exchange: "preliminary" (1yz, another reply follows), "after-preliminary" (follows a preliminary reply), "final" (sent instead of a preliminary reply, or the only reply), "after-preliminary-or-final" (either), "intermediate" (3yz, the command in next follows).',
    ),
  means: str(`What the code means as the answer to this command.${textNote}`),
  listedByRfc: z
    .boolean()
    .describe('True when an RFC lists this reply for this command; false when only real servers were seen to send it.'),
  listedIn: z
    .array(
      z.strictObject({
        rfc: z.number().int().positive().describe('The RFC.'),
        section: str('The section whose reply list names this reply for this command.'),
        url: z.url().describe('That section at the RFC Editor.'),
      }),
    )
    .describe(
      'The RFC sections whose reply lists name this reply for this command, by the code or by its class; empty for replies only servers send.',
    ),
  serverSources: z
    .array(z.string())
    .describe('For replies no RFC lists: the programs that send it and where that was read.'),
  recordedFrom: z
    .array(
      z.strictObject({
        server: str('The server\'s id: "vsftpd", "proftpd" or "pure-ftpd".'),
        version: str('The exact Debian package version recorded, e.g. "3.0.3-13+b2".'),
        scenario: str('The recorded scenario\'s id, e.g. "retr-missing".'),
        description: str('The scenario in one line.'),
      }),
    )
    .describe(
      "This site's recordings in which a real server sent this reply to this command; empty when none was recorded.",
    ),
  next: z
    .array(z.enum(FTP_COMMAND_NAMES))
    .describe('For intermediate replies: the commands that continue the sequence; empty otherwise.'),
});

/** Everything published about one command. */
const commandRecordSchema = z
  .strictObject({
    command: z.enum(FTP_COMMAND_NAMES).describe('The command as RFCs write it, e.g. "RETR".'),
    url: z.url().describe("The command's page on this site."),
    name: str('Its long name, after the defining RFC.'),
    purpose: z
      .strictObject({
        id: z
          .enum(COMMAND_PURPOSES)
          .describe('The group: access-control, transfer-parameters, service, security or extensions.'),
        label: str("The group's name."),
      })
      .describe('What the command is for.'),
    definedIn: z
      .strictObject({
        rfc: z.number().int().positive().describe('The RFC that defines the command.'),
        section: str('The section that defines it.'),
        url: z.url().describe('That section at the RFC Editor.'),
      })
      .describe('Where the command is defined.'),
    syntax: str('How the command is written: arguments in angle brackets, optional parts in square brackets.'),
    summary: str(`One sentence on what the command does.${textNote}`),
    description: z.array(z.string()).describe(`What the command does, one paragraph per item.${textNote}`),
    replies: z
      .array(commandReplyRecord)
      .describe(
        'Every reply the command can get, in numeric order, as listed by the code entries (RFC lists and real servers).',
      ),
    example: str('An example exchange, one line each: "C: " client, "S: " server, "*: " an event.'),
    sources: z.array(sourceRecord).describe('Where the facts about this command come from.'),
  })
  .describe('One FTP command with what it does and the replies it can get.');

/** /data/commands.json. */
export const commandsFileSchema = z
  .strictObject({
    $schema: schemaField,
    version: versionField,
    commands: z
      .array(commandRecordSchema)
      .describe("Every command that any code lists, RFC 959's first, in the order of the RFCs."),
  })
  .describe('Every FTP command in this reference and the replies each can get.');

/** /data/observations.json: the recordings of real servers, as stored in content/observations/. */
export const observationsFileSchema = z
  .strictObject({
    $schema: schemaField,
    version: versionField,
    servers: z
      .array(observedServerSchema)
      .describe(
        'Each recorded server: its Debian package and exact version, how it was started and its base configuration.',
      ),
    recordings: z
      .array(observationSchema)
      .describe(
        "Every scenario recorded against every server, by server and scenario id, with each client run's full transcript. Texts are verbatim apart from placeholders such as <port>, listed on /data/.",
      ),
  })
  .describe(
    "What vsftpd, ProFTPD and Pure-FTPd really sent, recorded from Debian's packages with curl, Python's ftplib, lftp and a raw client.",
  );

/** One code's record. */
export type CodeRecord = z.infer<typeof codeRecordSchema>;
/** One command's record. */
export type CommandRecord = z.infer<typeof commandRecordSchema>;
/** One reply of a command's record. */
export type CommandReplyRecord = z.infer<typeof commandReplyRecord>;
/** One published citation. */
export type SourceRecord = z.infer<typeof sourceRecord>;
