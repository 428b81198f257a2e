/**
 * Replaces what changes from run to run with the placeholders documented in
 * src/lib/observation-placeholders.ts, so that two runs give byte-identical files. Known
 * values (the server's port, the password, the run folder) are replaced wherever they appear;
 * values only the server knows (passive ports, its clock, transfer speeds) are found by shape.
 */
import { OMITTED_LINES } from '../../src/lib/observation-placeholders.ts';
import type { TranscriptItem } from './types.ts';

/** The values of one run that the recorder knows in advance. */
export interface KnownValues {
  ports: number[];
  password: string;
  /** Folders to show as a placeholder: [path, placeholder]. */
  paths: [string, string][];
  /** Numeric user and group ids of the test accounts (they differ between machines). */
  uids: number[];
  gids: number[];
}

/** A listing line with numeric owner and group: "-rw-r--r--    1 995      994    6 ...". */
const LISTING = /^(data: [-dlcbps][-rwxsStT]{9}\S?\s+\d+\s+)(\d+)(\s+)(\d+)(\s+)/;

/** A placeholder padded to the width the value and its padding took, so columns stay aligned. */
function padded(placeholder: string, value: string, gap: string): string {
  return placeholder.padEnd(Math.max(value.length + gap.length, placeholder.length + 1));
}

/**
 * Hides the test accounts' numeric ids in a listing line (root's 0 stays: it is the same
 * everywhere). The id and the spaces after it are replaced together, because the padding
 * depends on how many digits the id has on this machine.
 */
function listingIds(line: string, known: KnownValues): string {
  return line.replace(LISTING, (_match, lead: string, uid: string, gap: string, gid: string, tail: string) => {
    const owner = known.uids.includes(Number(uid)) ? padded('<uid>', uid, gap) : `${uid}${gap}`;
    const group = known.gids.includes(Number(gid)) ? padded('<gid>', gid, tail) : `${gid}${tail}`;
    return `${lead}${owner}${group}`;
  });
}

/** Ports that PASV, EPSV, PORT and EPRT lines carry. */
function portsIn(line: string): number[] {
  const found: number[] = [];
  for (const m of line.matchAll(/\|\|\|(\d+)\||\|1\|[\d.]+\|(\d+)\|/g)) found.push(Number(m[1] ?? m[2]));
  for (const m of line.matchAll(/\b\d+,\d+,\d+,\d+,(\d+),(\d+)\b/g)) found.push(Number(m[1]) * 256 + Number(m[2]));
  return found;
}

/** Shapes of run-dependent text, each with its replacement. */
const SHAPES: [RegExp, string][] = [
  // PASV replies and PORT commands: keep the address, hide the port's two numbers.
  [/\b(\d+,\d+,\d+,\d+),\d+,\d+\b/g, '$1,<p1>,<p2>'],
  // Pure-FTPd's greeting: "Local time is now 17:24."
  [/(Local time is now )\d{2}:\d{2}/g, '$1<time>'],
  // Pure-FTPd's end of transfer: "0.000 seconds (measured here), 97.52 Kbytes per second".
  [
    /\d+(\.\d+)? seconds \(measured here\), \d+(\.\d+)? ([KMG]?bytes) per second/g,
    '<seconds> seconds (measured here), <speed> per second',
  ],
  // Pure-FTPd's goodbye counts what went over the data connections; after an interrupted
  // transfer that depends on socket buffers, so both counts are hidden.
  [/You uploaded \d+ and downloaded \d+ kbytes/g, 'You uploaded <kbytes> and downloaded <kbytes> kbytes'],
];

/**
 * MLST facts that differ between machines: "unique" is built from the device and inode
 * numbers, and the numeric owner and group are the test accounts' ids.
 */
function factIds(line: string, known: KnownValues): string {
  return line
    .replace(/\bunique=[^;]+;/gi, 'unique=<unique>;')
    .replace(/\b(UNIX\.(?:owner|uid))=(\d+);/gi, (all, key: string, id: string) =>
      known.uids.includes(Number(id)) ? `${key}=<uid>;` : all,
    )
    .replace(/\b(UNIX\.(?:group|gid))=(\d+);/gi, (all, key: string, id: string) =>
      known.gids.includes(Number(id)) ? `${key}=<gid>;` : all,
    );
}

/** Normalises one line of text. */
export function normaliseLine(line: string, known: KnownValues): string {
  let out = factIds(line, known);
  for (const [path, placeholder] of known.paths) out = out.replaceAll(path, placeholder);
  if (known.password.length > 0) out = out.replaceAll(known.password, '<password>');
  for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
  for (const port of known.ports) out = out.replace(new RegExp(`(?<![\\d.,])${port}(?![\\d])`, 'g'), '<port>');
  return out;
}

/** Collects the ports a transcript reveals, so they are replaced everywhere in it. */
function revealedPorts(items: TranscriptItem[]): number[] {
  const lines = items.flatMap((i) => ('server' in i ? i.server : 'client' in i ? [i.client] : [i.event]));
  return [...new Set(lines.flatMap(portsIn))];
}

/** True for a reply line the recorder leaves out (see OMITTED_LINES). */
function omitted(line: string): boolean {
  return OMITTED_LINES.some((o) => line.slice(4) === o.line && /^\d{3}-/.test(line));
}

/** Pure-FTPd's speed line, once normalised: "451 <seconds> seconds (measured here), <speed> per second". */
const SPEED_LINE = /^[45]\d\d <seconds> seconds \(measured here\), <speed> per second$/;

/**
 * Pure-FTPd ends the reply to a failed upload (a full disk) with its speed line in some runs and
 * not in others (recorded on a busy machine: CI saw it where this machine did not), so the
 * recorder leaves that line out of a 4xx or 5xx reply and makes the line before it the last one.
 * After a successful transfer the line is always there and is kept.
 */
function withoutFailureSpeedLine(lines: string[]): string[] {
  const last = lines.at(-1);
  if (lines.length < 2 || last === undefined || !SPEED_LINE.test(last)) return lines;
  const kept = lines.slice(0, -1);
  const end = kept.at(-1) as string;
  return [...kept.slice(0, -1), end.replace(/^(\d{3})-/, '$1 ')];
}

/** Normalises a whole transcript. */
export function normaliseTranscript(items: TranscriptItem[], known: KnownValues): TranscriptItem[] {
  const all: KnownValues = { ...known, ports: [...new Set([...known.ports, ...revealedPorts(items)])] };
  return items.map((item) => {
    if ('server' in item)
      return {
        ...item,
        server: withoutFailureSpeedLine(item.server.filter((l) => !omitted(l)).map((l) => normaliseLine(l, all))),
      };
    if ('client' in item) return { ...item, client: normaliseLine(item.client, all) };
    return { event: listingIds(normaliseLine(item.event, all), all) };
  });
}

/** Normalises any string with the same values (a command line, an exception text). */
export function normaliseText(text: string, items: TranscriptItem[], known: KnownValues): string {
  return normaliseLine(text, { ...known, ports: [...new Set([...known.ports, ...revealedPorts(items)])] });
}
