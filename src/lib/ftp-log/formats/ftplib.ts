/**
 * Python ftplib's debug output (set_debuglevel): "*cmd*" what the program sent and "*resp*"
 * the whole reply (level 1), plus "*put*" and "*get*", the same traffic line by line
 * (level 2). Each argument is Python's repr() of a string. ftplib masks the PASS argument
 * itself (FTP.sanitize). A traceback that ends the run is read too: its last line names the
 * exception, such as "ftplib.error_perm: 530 Login incorrect."
 */
import type { FormatReader } from './reader.ts';

/** Undoes Python's repr() of a str: quotes and backslash escapes. */
export function unrepr(text: string): string {
  const t = text.trim();
  const quote = t[0];
  const body = (quote === "'" || quote === '"') && t.endsWith(quote) && t.length >= 2 ? t.slice(1, -1) : t;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, esc: string) => {
    if (esc === 'n') return '\n';
    if (esc === 'r') return '\r';
    if (esc === 't') return '\t';
    if (/^[xuU]/.test(esc) && esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    return esc;
  });
}

const EXCEPTION =
  /^((?:[\w.]+\.)?(?:\w*Error|\w*Exception|error_(?:perm|temp|reply|proto)|timeout|EOFError))(?::\s*(.*))?$/;

/** The ftplib reader. */
export const ftplib: FormatReader = {
  format: 'ftplib',
  signature: /^\*(?:cmd|put|get|resp|welcome)\* |^Traceback \(most recent call last\):/,
  read(line) {
    const m = /^\*(cmd|put|get|resp|welcome)\* (.*)$/.exec(line);
    if (m !== null) {
      const value = unrepr(m[2] as string);
      if (m[1] === 'cmd') return [{ kind: 'command', text: value }];
      if (m[1] === 'resp')
        return value.split('\n').map((text) => ({ kind: 'reply' as const, text: text.replace(/\r$/, '') }));
      return [{ kind: 'echo', text: value.replace(/\r?\n$/, '') }];
    }
    const exception = EXCEPTION.exec(line.trim());
    if (exception !== null && !line.startsWith(' ')) return [{ kind: 'error', text: line.trim() }];
    return undefined;
  },
};
