/**
 * The FTP commands this reference knows, with the RFC that defines each.
 * Content entries may only name these, so a typo in `commands` fails the build.
 */

/** Every command, mapped to the RFC and section that defines it. */
export const FTP_COMMANDS = {
  USER: { rfc: 959, section: '4.1.1' },
  PASS: { rfc: 959, section: '4.1.1' },
  ACCT: { rfc: 959, section: '4.1.1' },
  CWD: { rfc: 959, section: '4.1.1' },
  CDUP: { rfc: 959, section: '4.1.1' },
  SMNT: { rfc: 959, section: '4.1.1' },
  REIN: { rfc: 959, section: '4.1.1' },
  QUIT: { rfc: 959, section: '4.1.1' },
  PORT: { rfc: 959, section: '4.1.2' },
  PASV: { rfc: 959, section: '4.1.2' },
  TYPE: { rfc: 959, section: '4.1.2' },
  STRU: { rfc: 959, section: '4.1.2' },
  MODE: { rfc: 959, section: '4.1.2' },
  RETR: { rfc: 959, section: '4.1.3' },
  STOR: { rfc: 959, section: '4.1.3' },
  STOU: { rfc: 959, section: '4.1.3' },
  APPE: { rfc: 959, section: '4.1.3' },
  ALLO: { rfc: 959, section: '4.1.3' },
  REST: { rfc: 959, section: '4.1.3' },
  RNFR: { rfc: 959, section: '4.1.3' },
  RNTO: { rfc: 959, section: '4.1.3' },
  ABOR: { rfc: 959, section: '4.1.3' },
  DELE: { rfc: 959, section: '4.1.3' },
  RMD: { rfc: 959, section: '4.1.3' },
  MKD: { rfc: 959, section: '4.1.3' },
  PWD: { rfc: 959, section: '4.1.3' },
  LIST: { rfc: 959, section: '4.1.3' },
  NLST: { rfc: 959, section: '4.1.3' },
  SITE: { rfc: 959, section: '4.1.3' },
  SYST: { rfc: 959, section: '4.1.3' },
  STAT: { rfc: 959, section: '4.1.3' },
  HELP: { rfc: 959, section: '4.1.3' },
  NOOP: { rfc: 959, section: '4.1.3' },
  AUTH: { rfc: 2228, section: '3' },
  ADAT: { rfc: 2228, section: '3' },
  PROT: { rfc: 2228, section: '3' },
  PBSZ: { rfc: 2228, section: '3' },
  CCC: { rfc: 2228, section: '3' },
  MIC: { rfc: 2228, section: '3' },
  CONF: { rfc: 2228, section: '3' },
  ENC: { rfc: 2228, section: '3' },
  FEAT: { rfc: 2389, section: '3' },
  OPTS: { rfc: 2389, section: '4' },
  EPRT: { rfc: 2428, section: '2' },
  EPSV: { rfc: 2428, section: '3' },
  LPRT: { rfc: 1639, section: '2' },
  LPSV: { rfc: 1639, section: '2' },
  MDTM: { rfc: 3659, section: '3' },
  SIZE: { rfc: 3659, section: '4' },
  MLST: { rfc: 3659, section: '7' },
  MLSD: { rfc: 3659, section: '7' },
  LANG: { rfc: 2640, section: '4.1' },
  HOST: { rfc: 7151, section: '3' },
} as const satisfies Record<string, { rfc: number; section: string }>;

/** The name of a known FTP command. */
export type FtpCommand = keyof typeof FTP_COMMANDS;

/** The command names, in the order above (RFC 959 first, then the extensions). */
export const FTP_COMMAND_NAMES = Object.keys(FTP_COMMANDS) as [FtpCommand, ...FtpCommand[]];
