/** The shapes shared by the observe recorder's parts: servers, scenarios, runs. */

import type { ObservedTranscriptItem, SCENARIO_GROUPS } from '../../src/schemas/observation.ts';

/** A scenario group's id. */
export type ScenarioGroup = (typeof SCENARIO_GROUPS)[number];

/** The three servers we record, by the name used in file paths. */
export const SERVER_IDS = ['vsftpd', 'proftpd', 'pure-ftpd'] as const;
/** One server's id. */
export type ServerId = (typeof SERVER_IDS)[number];

/**
 * What a scenario needs from the server, in terms every adapter maps to its own directives.
 * An adapter that cannot provide an option says so (see ServerAdapter.unsupported).
 */
export interface ServerOptions {
  /** Anonymous logins allowed (default true, read-only). */
  anonymous?: boolean;
  /** The local user may change files (default true). */
  writable?: boolean;
  /** The most control connections one client address may hold at once. */
  maxPerIp?: number;
  /** Seconds of silence after which the server ends a session. */
  idleSeconds?: number;
  /** Seconds the server waits for a data connection to be made. */
  dataSeconds?: number;
  /** TLS: not offered, offered, or required for logins and data. */
  tls?: 'off' | 'allowed' | 'required';
  /** Refuse to store files whose name starts with a dot. */
  denyDotFiles?: boolean;
  /** The largest upload allowed, in bytes (servers that count in MB round up). */
  maxUploadBytes?: number;
}

/** One transcript item: what the client sent, one whole reply, or an event (as the schema defines it). */
export type TranscriptItem = ObservedTranscriptItem;

/** One client run as a scenario defines it; strings may hold {user}, {password}, {port}, {host}. */
export type RunSpec = CurlRun | FtplibRun | RawRun | LftpRun;

interface RunBase {
  /** Run only against these servers (default: all the scenario supports). */
  only?: ServerId[];
  /** Log in as the anonymous user instead of the local one. */
  anonymous?: boolean;
}

/** curl, given its arguments after `-v`; {url} is ftp://user:password@host:port. */
export interface CurlRun extends RunBase {
  client: 'curl';
  args: string[];
}

/** lftp, given the commands after `open`. */
export interface LftpRun extends RunBase {
  client: 'lftp';
  commands: string[];
  /** Log in with this password instead of the right one. */
  password?: string;
}

/** One call on an ftplib.FTP object. */
export interface FtplibStep {
  call: string;
  args?: (string | number)[];
  kwargs?: Record<string, string | number>;
  /** The reply read during this call is the one the scenario is about. */
  focus?: boolean;
  /** How the call is shown, when the default (name and arguments) would mislead. */
  label?: string;
  bytes?: number;
}

/** Python's ftplib (FTP, or FTP_TLS when tls is set). */
export interface FtplibRun extends RunBase {
  client: 'ftplib';
  tls?: boolean;
  steps: FtplibStep[];
}

/** One step of the raw socket client (see clients/python_client.py for each kind). */
export interface RawStep {
  do:
    | 'connect'
    | 'send'
    | 'read'
    | 'pasv'
    | 'port'
    | 'accept'
    | 'data-read'
    | 'data-drain'
    | 'data-send'
    | 'data-close'
    | 'starttls'
    | 'data-tls'
    | 'wait'
    | 'close';
  line?: string;
  conn?: string;
  focus?: boolean;
  /** Precede the line with Telnet IP and Synch, as RFC 959 section 4.1.3 recommends for ABOR. */
  'telnet-abort'?: boolean;
  replies?: number;
  seconds?: number;
  connect?: boolean;
  bytes?: number;
  show?: boolean;
  text?: string;
  reset?: boolean;
  'close-listener'?: boolean;
}

/** The raw socket client: sends exactly the lines given. */
export interface RawRun extends RunBase {
  client: 'raw';
  steps: RawStep[];
}

/** The file tree a scenario starts from (see tree.ts); default 'standard'. */
export type TreeKind = 'standard' | 'big' | 'full-disk';

/** One situation a user meets, run against every server that can be set up for it. */
export interface Scenario {
  /** Kebab-case id; also the file name of its recordings. */
  id: string;
  /** One line: what the user does and what goes wrong (or right). */
  description: string;
  /** The group it is listed under (src/schemas/observation.ts SCENARIO_GROUPS). */
  group: ScenarioGroup;
  /** The command whose reply is the point ("greeting" for the reply on connecting). */
  focus: string;
  /** Other commands whose reply counts as the focus when a client sends them instead (curl's SIZE before RETR). */
  focusAlso?: string[];
  /** What the servers must be set up to do. */
  setup?: ServerOptions;
  /** A different setup for one server (when it reaches the same situation another way). */
  setupFor?: Partial<Record<ServerId, ServerOptions>>;
  /** Extra files the scenario needs. */
  tree?: TreeKind;
  /** The client runs, in order; each gets a fresh tree and a fresh server. */
  runs: RunSpec[];
  /** Servers left out, each with why (a reason that a reader of the matrix understands). */
  notOn?: Partial<Record<ServerId, string>>;
}
