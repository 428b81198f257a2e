/**
 * What the 404 page can say about a wrong URL: when the path holds something shaped like
 * a code, whether that code exists, and which codes the reader may have meant.
 */
import { isKnownShape } from './reply-code.ts';

/** The advice for one missing path. */
export type NotFoundAdvice =
  | { kind: 'none' }
  | { kind: 'exists'; code: string }
  | { kind: 'unknown-code'; code: string; reason: string; nearby: string[] };

/** Picks the first run of 3 or 5 digits out of a path such as /codes/42x/ or /compare/425-vs-999/. */
function codeInPath(path: string, known: readonly string[]): string | undefined {
  const runs = path.match(/\d{3,5}/g) ?? [];
  return runs.find((run) => !known.includes(run)) ?? runs[0];
}

/** Explains why a code-shaped string is not a code we know. */
function reason(code: string): string {
  if (/^\d{3}$/.test(code)) {
    if (!/^[1-6]/.test(code))
      return `FTP reply codes start with a digit from 1 to 6, so ${code} cannot be an FTP reply.`;
    return `No RFC we know of defines ${code}, and no popular server is known to send it.`;
  }
  if (/^\d{5}$/.test(code)) return `${code} is not one of the Windows socket errors that FTP clients commonly print.`;
  return `${code} is not a reply code: FTP replies have three digits.`;
}

/** The advice for a path, given the codes that exist. */
export function adviseNotFound(path: string, known: readonly string[]): NotFoundAdvice {
  const code = codeInPath(path, known);
  if (code === undefined) return { kind: 'none' };
  if (known.includes(code)) return { kind: 'exists', code };
  const nearby = known.filter(
    (k) => isKnownShape(code) && k.length === code.length && k.slice(0, 2) === code.slice(0, 2),
  );
  const fallback = known.filter((k) => k.length === code.length && k[0] === code[0]);
  return {
    kind: 'unknown-code',
    code,
    reason: reason(code),
    nearby: (nearby.length > 0 ? nearby : fallback).slice(0, 6),
  };
}
