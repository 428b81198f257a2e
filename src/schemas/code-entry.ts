/**
 * The front matter of one entry in content/codes/. Strict: an unknown key is an error.
 * Class and group are not fields: they are derived from the digits (src/lib/reply-code.ts).
 */
import { z } from 'astro/zod';
import { FTP_COMMAND_NAMES } from '../lib/ftp-commands.ts';
import { classOf, isReplyCode, isSocketError } from '../lib/reply-code.ts';
import { checkTranscript } from '../lib/transcript.ts';
import { OBSERVED_SERVERS } from './observation.ts';

/** Where a code comes from, and so how much a reader can rely on it. */
export const KINDS = ['standard', 'extension', 'obsolete', 'non-standard', 'socket-error'] as const;

/** A sentence or phrase of our own: trimmed, not empty. */
const text = z.string().trim().min(1);

/** A citation: an RFC section, or a named public source such as a server's manual. */
export const sourceSchema = z.union([
  z.strictObject({
    /** The RFC number, e.g. 959. */
    rfc: z.number().int().positive(),
    /** The section within the RFC, e.g. "4.2.2". */
    section: z.string().regex(/^\d+(\.\d+)*$/, 'a section number such as "4.2.2"'),
    /** What this source establishes, when not obvious. */
    note: text.optional(),
  }),
  z.strictObject({
    /** The source's name, e.g. "curl, lib/ftp.c". */
    title: text,
    /** Where a reader can check it. */
    url: z.url({ protocol: /^https$/ }),
    /** What this source establishes, when not obvious. */
    note: text.optional(),
  }),
]);

/** A real wording that a server or client prints for this code. */
const wordingSchema = z.strictObject({
  /** The program, e.g. "vsftpd" or "FileZilla (client)". */
  program: text,
  /** The text exactly as the program prints it. */
  text: text,
  /** Where the wording was read: a source file or manual, with the program's version (e.g. "vsftpd 3.0.3, postlogin.c"). */
  source: text,
});

/** A command that real servers answer with this code although no RFC lists it for that command. */
const serverCommandSchema = z.strictObject({
  /** The command, e.g. "STOR". */
  command: z.enum(FTP_COMMAND_NAMES),
  /** The program and where it was read, e.g. "ProFTPD 1.3.8, modules/mod_xfer.c (AllowOverwrite off)". */
  source: text,
});

/** Another code, with one line on how it differs from this one. */
const relatedSchema = z.strictObject({
  /** The other code; it must exist in the collection. */
  code: text,
  /** One line on how the other code differs from this one. */
  note: text,
  /** For a commonly confused pair: a one-line test that tells the two apart. */
  test: text.optional(),
});

/** A popular claim about the code that is wrong, and what is true instead. */
const mythSchema = z.strictObject({
  /** The claim as popular lists make it. */
  claim: text,
  /** What the sources say instead. */
  truth: text,
});

/** What popular clients report for this code, where we are sure. */
const clientsSchema = z.strictObject({
  /** curl's error name and exit code, e.g. "CURLE_FTP_CANT_GET_HOST (15)". */
  curl: text.optional(),
  /** The exception Python's ftplib raises. */
  ftplib: text.optional(),
  /** How FileZilla reports it. */
  filezilla: text.optional(),
  /** How WinSCP reports it. */
  winscp: text.optional(),
});

/** The schema of one code entry's front matter. */
export const codeEntrySchema = z
  .strictObject({
    /** The code as a string, equal to the file name: "425", or "10060" for a socket error. */
    code: z
      .string()
      .refine((c) => isReplyCode(c) || isSocketError(c), 'a reply code 100-699 or a socket error number 10000-11999'),
    /** A short name for the code, e.g. "Can't open data connection". */
    title: text.max(80),
    /** The reply text of the defining RFC, verbatim; absent for non-standard codes, socket errors and 6yz protected replies. */
    rfcText: text.optional(),
    /** For socket errors: the Winsock symbol, e.g. "WSAETIMEDOUT". */
    symbol: z
      .string()
      .regex(/^WSA[A-Z]+$/)
      .optional(),
    /** One plain sentence that a newcomer understands. */
    summary: text.max(240),
    /** Whether the code is in RFC 959, an extension RFC, obsolete, non-standard or a socket error. */
    kind: z.enum(KINDS),
    /** The connection the condition is about; the reply itself always travels on the control connection. */
    channel: z.enum(['control', 'data', 'both']),
    /** True when a server sends it unprompted as the client connects (RFC 959 5.4, connection establishment). */
    greeting: z.boolean().optional(),
    /**
     * The commands an RFC lists this code for (RFC 959 5.4, RFC 2228 8.2 and the extension
     * RFCs' reply lists), checked against the extracted RFC data in src/data/rfc/. Not a list
     * of everything real servers do: see serverCommands.
     */
    commands: z.array(z.enum(FTP_COMMAND_NAMES)),
    /** Commands real servers answer with this code beyond the RFC lists, each with its source. */
    serverCommands: z.array(serverCommandSchema).optional(),
    /** One sentence on the situation in which a reader meets this code. */
    seenWhen: text.max(300),
    /** The real situations behind the code. */
    causes: z.array(text).min(1),
    /** What the person at the client can do. */
    fixClient: z.array(text).min(1),
    /** What the server administrator can do, naming real configuration directives. */
    fixServer: z.array(text).min(1),
    /** Where practice differs from the class's retry verdict (servers that misuse the code). */
    retryNote: text.optional(),
    /** An example exchange, one line each: "C: " client, "S: " server, "*: " an event or log line. */
    example: z.string().superRefine((value, ctx) => {
      for (const problem of checkTranscript(value)) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /**
     * The recorded server whose replies the example shows (vsftpd, proftpd or pure-ftpd); npm test
     * checks each of its S: lines against that server's recordings and source-read wordings.
     */
    exampleServer: z.enum(OBSERVED_SERVERS).optional(),
    /** What curl, ftplib, FileZilla or WinSCP report for it. */
    clients: clientsSchema.optional(),
    /** Real wordings that servers and clients print for this code. */
    wordings: z.array(wordingSchema).optional(),
    /** Popular claims about this code that are wrong. */
    myths: z.array(mythSchema).optional(),
    /** Where every fact on the page comes from. */
    sources: z.array(sourceSchema).min(1),
    /** Codes a reader may meet instead, each with how it differs. */
    related: z.array(relatedSchema).optional(),
  })
  .superRefine((entry, ctx) => {
    const socket = isSocketError(entry.code);
    if (socket !== (entry.kind === 'socket-error')) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: socket
          ? 'a 5-digit number must have kind "socket-error"'
          : 'kind "socket-error" needs a 5-digit Winsock number',
      });
    }
    if (socket && entry.symbol === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['symbol'],
        message: 'a socket error needs its Winsock symbol, e.g. WSAETIMEDOUT',
      });
    }
    if (!socket && entry.symbol !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['symbol'], message: 'only socket errors have a Winsock symbol' });
    }
    const rfcListed = new Set(entry.commands);
    for (const [i, item] of (entry.serverCommands ?? []).entries()) {
      if (rfcListed.has(item.command)) {
        ctx.addIssue({
          code: 'custom',
          path: ['serverCommands', i, 'command'],
          message: `${item.command} is already in "commands" (the RFC lists); list it in one place only`,
        });
      }
    }
    // A protected reply's text is the encoded reply inside (RFC 2228 5.2), so 6yz codes have no reply text to quote.
    const protectedReply = classOf(entry.code) === '6';
    const needsRfcText =
      (entry.kind === 'standard' || entry.kind === 'extension' || entry.kind === 'obsolete') && !protectedReply;
    if (needsRfcText && entry.rfcText === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['rfcText'],
        message: `kind "${entry.kind}" needs the defining RFC's reply text`,
      });
    }
    if (protectedReply && entry.rfcText !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['rfcText'],
        message: 'a 6yz reply has no reply text of its own: its text is the encoded reply (RFC 2228 5.2)',
      });
    }
    if (needsRfcText && !entry.sources.some((s) => 'rfc' in s)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `kind "${entry.kind}" needs at least one RFC source`,
      });
    }
    if (!socket && !entry.example.split('\n').some((line) => line.startsWith(`S: ${entry.code}`))) {
      ctx.addIssue({
        code: 'custom',
        path: ['example'],
        message: `the example must show the server sending ${entry.code} (a line "S: ${entry.code} ...")`,
      });
    }
    if (socket && !entry.example.includes(entry.code)) {
      ctx.addIssue({ code: 'custom', path: ['example'], message: `the example must show where ${entry.code} appears` });
    }
  });

/** One code entry's front matter, as validated. */
export type CodeEntryData = z.infer<typeof codeEntrySchema>;
/** One entry's kind. */
export type CodeKind = CodeEntryData['kind'];
/** Which connection an entry's condition is about. */
export type Channel = CodeEntryData['channel'];
/** One citation. */
export type Source = z.infer<typeof sourceSchema>;
