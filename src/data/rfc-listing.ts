/** Which RFC to name when a sentence says that an RFC lists two codes for some commands. */
import { RFC959_REPLIES } from './rfc/sequences.ts';
import { FTP_COMMANDS, type FtpCommand } from '../lib/ftp-commands.ts';

/**
 * The subject of "... lists both": "RFC 959 lists" when RFC 959 5.4 lists both codes for
 * every one of the commands, the one extension RFC when all the commands come from it,
 * and "The RFCs list" otherwise.
 */
export function rfcListing(codes: readonly string[], commands: readonly string[]): string {
  const in959 = commands.every((c) => codes.every((code) => (RFC959_REPLIES[c as FtpCommand] ?? []).includes(code)));
  if (in959) return 'RFC 959 lists';
  const rfcs = new Set(commands.map((c) => (c in FTP_COMMANDS ? FTP_COMMANDS[c as FtpCommand].rfc : 0)));
  const only = [...rfcs][0];
  return rfcs.size === 1 && only !== undefined && only !== 959 && only !== 0 ? `RFC ${only} lists` : 'The RFCs list';
}
