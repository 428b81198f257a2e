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
  return source.split('\n').map((l) => l.trimEnd()).filter((l) => l.length > 0);
}
