/**
 * Recognises which tool printed a pasted log; with no line in any tool's format, the text is
 * read as a raw transcript.
 */
import type { FormatReader } from './formats/reader.ts';
import { filezilla } from './formats/filezilla.ts';
import { winscp } from './formats/winscp.ts';
import { curl } from './formats/curl.ts';
import { lftp } from './formats/lftp.ts';
import { ftplib } from './formats/ftplib.ts';
import { transcript } from './formats/transcript.ts';

/** Every reader, most specific first (the first wins a tie). */
export const READERS: readonly FormatReader[] = [filezilla, winscp, lftp, ftplib, curl, transcript];

/**
 * The reader for the lines given: among the readers that recognise at least one of their
 * signature lines, the one that reads the most lines (so a raw transcript with one pasted
 * FileZilla "Error:" line stays a transcript).
 */
export function detectReader(lines: readonly string[]): FormatReader {
  let best: FormatReader = transcript;
  let bestScore = 0;
  for (const reader of READERS) {
    if (!lines.some((line) => reader.signature.test(line))) continue;
    let score = 0;
    for (const line of lines) if (line.trim() !== '' && reader.read(line) !== undefined) score++;
    if (score > bestScore) {
      best = reader;
      bestScore = score;
    }
  }
  return best;
}
