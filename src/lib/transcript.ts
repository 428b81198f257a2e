/**
 * The example transcripts in content entries: one line each, "C: " for what the client
 * sends, "S: " for what the server replies, "*: " for an event or a client's log line.
 */

/** Who a transcript line comes from. */
export type Speaker = 'client' | 'server' | 'event';

/** One parsed transcript line. */
export interface TranscriptLine {
  speaker: Speaker;
  text: string;
}

const PREFIXES: Record<string, Speaker> = { 'C: ': 'client', 'S: ': 'server', '*: ': 'event' };

/** Splits a transcript into lines; throws on a line without a known prefix. */
export function parseTranscript(source: string): TranscriptLine[] {
  const problems = checkTranscript(source);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return lines(source).map((line) => ({ speaker: PREFIXES[line.slice(0, 3)] as Speaker, text: line.slice(3) }));
}

/** Returns a message for every malformed line (empty when the transcript is fine). */
export function checkTranscript(source: string): string[] {
  const all = lines(source);
  if (all.length < 2) return ['a transcript needs at least two lines'];
  return all.flatMap((line, index) =>
    line.slice(0, 3) in PREFIXES && line.length > 3
      ? []
      : [`line ${index + 1} ("${line.slice(0, 40)}") must start with "C: ", "S: " or "*: " and say something`],
  );
}

function lines(source: string): string[] {
  return source
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.length > 0);
}

/** The reply codes a transcript's server lines send, in order. */
export function serverCodes(source: string): string[] {
  return parseTranscript(source).flatMap((l) =>
    l.speaker === 'server' ? (/^([1-6]\d\d)[ -]/.exec(l.text)?.slice(1, 2) ?? []) : [],
  );
}

/**
 * A caption for a transcript that is true of it: the code it ends in, and the code it
 * illustrates when that is not the last one (a 125 that a 226 follows).
 */
export function transcriptCaption(code: string, source: string): string {
  const last = serverCodes(source).at(-1);
  if (last === undefined) return 'An exchange in which no server reply arrives';
  if (last === code) return `An exchange that ends in ${code}`;
  return serverCodes(source).includes(code)
    ? `An exchange with ${code} that ends in ${last}`
    : `An exchange that ends in ${last}`;
}
