/**
 * Whether a search query looks like a pasted log rather than words to search for: several
 * lines, or one line in a format the explainer reads (a reply with its text, a client's
 * prefixed line), so the search box can offer to explain it.
 */
import { READERS } from './detect.ts';

/** True for text the log explainer should be offered for. */
export function looksLikeLog(text: string): boolean {
  const lines = text.split(/\r\n?|\n/).filter((l) => l.trim() !== '');
  if (lines.length >= 2) return true;
  const line = lines[0]?.trim() ?? '';
  // "530 Login incorrect." but not a bare "530" or "530 vs 550", which search answers best.
  if (/^[1-6]\d\d[ -]\S+\s+\S+/.test(line) && !/\bvs\.?\b/i.test(line)) return true;
  return READERS.some((r) => r.format !== 'transcript' && r.signature.test(line));
}
