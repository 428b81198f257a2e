/**
 * The relation model fed from the collection: each entry becomes a RelationSide (its
 * RFC-listed commands and what servers are recorded doing beyond them), and every pair's
 * relations are worked out against the RFC sequence tables in exchange-steps.ts.
 */
import type { CodeEntry } from './codes.ts';
import { EXCHANGE_STEPS } from './exchange-steps.ts';
import { RFC959_REPLIES } from './rfc959-sequences.ts';
import { FTP_COMMANDS, type FtpCommand } from '../lib/ftp-commands.ts';
import { relationSideFromData, relationsOf, type Relation, type RelationSide, type SideData } from '../lib/relation.ts';

/** The facts of an entry that the relation model reads. */
export function relationSideOf(entry: CodeEntry): RelationSide {
  return relationSideFromData(entry.data as SideData);
}

/** Every relation between two entries, the most telling first. */
export function relationsBetween(a: CodeEntry, b: CodeEntry): Relation[] {
  return relationsOf(relationSideOf(a), relationSideOf(b), EXCHANGE_STEPS);
}

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
