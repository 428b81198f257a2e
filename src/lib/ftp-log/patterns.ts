/**
 * The sequence patterns the diagnosis recognises, each with what it most likely means (our
 * words) and the guide section that explains the mechanism.
 */

/** The patterns. */
export type PatternId =
  | 'private-address-then-timeout'
  | 'tls-required'
  | 'login-loop'
  | 'preliminary-without-final'
  | 'data-connection-fails';

/** What each pattern means and where it is explained. */
export interface PatternInfo {
  title: string;
  meaning: string;
  /** The guide (content/guides/<slug>.mdx) and the heading of its section. */
  guide: { slug: string; heading: string };
}

/** Every pattern's explanation; the unit tests check that each guide section exists. */
export const PATTERNS: Record<PatternId, PatternInfo> = {
  'private-address-then-timeout': {
    title: 'A private address in the 227 reply, then the data connection failed',
    meaning:
      'The server announced an address that only works inside its own network, and the data connection then failed. A client that uses that address cannot reach it from outside; many clients replace it with the address of the server they are connected to, and when yours did, the passive ports are what is blocked. The server (or its NAT router) should announce its public address and let the passive port range through.',
    guide: { slug: 'active-vs-passive', heading: 'A private address in the 227 reply' },
  },
  'data-connection-fails': {
    title: 'The data connection fails after passive mode was agreed',
    meaning:
      'PASV or EPSV got an answer, so the control connection works, but the second connection for the listing or file did not come up. Usually a firewall or NAT between client and server blocks the passive port range.',
    guide: { slug: 'active-vs-passive', heading: 'Which reply shows which failure' },
  },
  'tls-required': {
    title: 'The server requires TLS',
    meaning:
      'The server refused a login or a data connection made in the clear and asked for encryption. Connect with explicit FTP over TLS (AUTH TLS before USER, and PROT P before transfers), or ask the admin whether plain FTP is meant to be allowed.',
    guide: { slug: 'ftp-ftps-sftp', heading: 'Explicit FTPS: FTP over TLS' },
  },
  'login-loop': {
    title: 'The login is refused again and again',
    meaning:
      'The client keeps logging in and the server keeps refusing. Repeating the same user name and password will not help: check them, and check whether the server limits or bans repeated failures.',
    guide: { slug: 'ftp-session', heading: 'Logging in' },
  },
  'preliminary-without-final': {
    title: 'A 1xx reply with no final reply',
    meaning:
      'The server said the transfer was starting, but no final reply (226, 250, 4xx or 5xx) came before the log ends or the client gave up. The data connection stalled or the control connection was cut while the transfer ran, often by a firewall or a timeout on a long transfer.',
    guide: { slug: 'reply-codes', heading: 'A 1xx reply is never the last word' },
  },
};
