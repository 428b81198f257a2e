/**
 * FTP command verbs as they appear in logs, and what the common ones ask for, in a few words
 * of our own. Used to recognise command lines in raw transcripts and to say what a reply
 * means for the command it answers.
 */
import { FTP_COMMAND_NAMES } from '../ftp-commands.ts';

/** Verbs seen in logs besides the ones this reference documents (RFC 775 X-forms, drafts, vendors). */
const OTHER_VERBS = [
  'XPWD',
  'XCWD',
  'XCUP',
  'XMKD',
  'XRMD',
  'CLNT',
  'PRET',
  'MFMT',
  'MFCT',
  'MFF',
  'AVBL',
  'CSID',
  'XCRC',
  'XMD5',
  'XSHA1',
  'EPRT',
  'EPSV',
  'LPRT',
  'LPSV',
];
const VERBS = new Set<string>([...FTP_COMMAND_NAMES, ...OTHER_VERBS]);

/** True when the word is an FTP command verb (upper case, as clients send and log them). */
export function isCommandVerb(word: string): boolean {
  return VERBS.has(word);
}

/** What each common command asks the server for. */
export const COMMAND_ROLES: Record<string, string> = {
  USER: 'sends the user name',
  PASS: 'sends the password',
  ACCT: 'sends account information',
  AUTH: 'asks to switch the control connection to TLS',
  PBSZ: 'sets the protection buffer size (required before PROT)',
  PROT: 'sets whether data connections are encrypted',
  CCC: 'asks to drop TLS on the control connection',
  FEAT: 'asks which extensions the server supports',
  OPTS: 'sets an option of another command',
  SYST: 'asks for the server’s system type',
  PWD: 'asks for the current directory',
  CWD: 'changes the current directory',
  CDUP: 'moves to the parent directory',
  TYPE: 'sets the transfer type (A for text, I for binary)',
  MODE: 'sets the transfer mode',
  STRU: 'sets the file structure',
  PASV: 'asks the server to listen for the data connection (passive mode)',
  EPSV: 'asks the server to listen for the data connection (extended passive mode)',
  PORT: 'tells the server where to connect for the data connection (active mode)',
  EPRT: 'tells the server where to connect for the data connection (extended active mode)',
  LIST: 'asks for a directory listing over a data connection',
  NLST: 'asks for a list of names over a data connection',
  MLSD: 'asks for a machine-readable listing over a data connection',
  MLST: 'asks for the facts of one file',
  RETR: 'asks to download a file over a data connection',
  STOR: 'asks to upload a file over a data connection',
  STOU: 'asks to upload a file under a unique name',
  APPE: 'asks to append to a file over a data connection',
  REST: 'sets the offset to resume a transfer from',
  SIZE: 'asks for the size of a file',
  MDTM: 'asks for the modification time of a file',
  DELE: 'asks to delete a file',
  RMD: 'asks to remove a directory',
  MKD: 'asks to create a directory',
  RNFR: 'names a file to rename',
  RNTO: 'gives the new name',
  ABOR: 'asks to abort the transfer in progress',
  NOOP: 'does nothing (keeps the connection alive)',
  QUIT: 'ends the session',
  SITE: 'sends a server-specific command',
  STAT: 'asks for status',
  HELP: 'asks for help',
  HOST: 'names the virtual host to log in to',
};

/** Commands whose only job is to move data: their outcome depends on the data connection. */
export const DATA_COMMANDS = new Set(['LIST', 'NLST', 'MLSD', 'RETR', 'STOR', 'STOU', 'APPE']);

/**
 * Commands clients send to probe the server, where a refusal is expected and harmless:
 * the client falls back (EPSV to PASV, AUTH SSL to AUTH TLS) or goes without.
 */
export const PROBE_COMMANDS = new Set([
  'FEAT',
  'OPTS',
  'SYST',
  'CLNT',
  'AUTH',
  'EPSV',
  'EPRT',
  'LANG',
  'HOST',
  'MDTM',
  'SITE',
  'PRET',
  'HELP',
  'STAT',
  'NOOP',
  'QUIT',
  'ALLO',
  'MODE',
  'STRU',
]);
