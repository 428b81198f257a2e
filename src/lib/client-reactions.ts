/**
 * How curl, Python's ftplib, FileZilla and WinSCP react to a code, side by side for two
 * codes: what each entry records for the tool, and, where a tool decides by the first
 * digit alone, what that rule makes of the code (curl's --retry, ftplib's exceptions).
 */
import { classOf } from './reply-code.ts';

/** The tools a comparison sets side by side, with their display names. */
export const CLIENT_NAMES = { curl: 'curl', ftplib: "Python's ftplib", filezilla: 'FileZilla', winscp: 'WinSCP' } as const;

/** One of the tools. */
export type ClientKey = keyof typeof CLIENT_NAMES;

/** What an entry records for each tool, as its `clients` field holds it. */
export type ClientFacts = Partial<Record<ClientKey, string>>;

/** Where the first-digit rules below were read, for the page to cite. */
export const RULE_SOURCES = [
  { title: 'curl 7.88.1, src/tool_operate.c and the --retry documentation', url: 'https://github.com/curl/curl/blob/curl-7_88_1/src/tool_operate.c' },
  { title: 'CPython 3.11, Lib/ftplib.py (getresp, voidresp)', url: 'https://github.com/python/cpython/blob/3.11/Lib/ftplib.py' },
] as const;

/**
 * What a tool does with a code by a rule that looks only at the first digit, or undefined
 * when no such rule applies. curl retries a failed FTP transfer only for a last reply in
 * 4xx; ftplib's getresp() maps the first digit to an exception and never retries.
 */
export function digitRule(client: ClientKey, code: string): string | undefined {
  const digit = classOf(code);
  if (client === 'curl') {
    if (digit === '4') return 'With `--retry`, a transfer that fails on this reply is tried again: curl counts every FTP 4xx as transient. Without `--retry`, curl does not retry.';
    if (digit === '5') return 'Not retried, even with `--retry`: curl counts only FTP 4xx replies as transient (`--retry-all-errors` retries anyway).';
    return undefined;
  }
  if (client === 'ftplib') {
    switch (digit) {
      case '2': return 'Returned to the caller as the reply text; no exception.';
      case '1':
      case '3': return 'Returned as the reply text by `sendcmd()`; `voidcmd()`, which wants a 2xx, raises `ftplib.error_reply`.';
      case '4': return 'Raises `ftplib.error_temp`; ftplib never retries by itself.';
      case '5': return 'Raises `ftplib.error_perm`; ftplib never retries by itself.';
      case '6': return 'Raises `ftplib.error_proto`: ftplib knows first digits 1 to 5 only.';
      default: return undefined;
    }
  }
  return undefined;
}

/** One tool's reaction to one code: the entry's fact, the digit rule, or both. */
export interface Reaction {
  fact?: string | undefined;
  rule?: string | undefined;
}

/** One row of the side-by-side table. */
export interface ReactionRow {
  client: ClientKey;
  name: string;
  a: Reaction;
  b: Reaction;
}

function reaction(client: ClientKey, code: string, facts: ClientFacts | undefined): Reaction {
  const fact = facts?.[client];
  const rule = digitRule(client, code);
  // An entry's ftplib line already names the exception; the rule would only repeat it.
  return { fact, rule: client === 'ftplib' && fact !== undefined ? undefined : rule };
}

/** The tools with anything recorded or derivable for either code, in a fixed order. */
export function reactionRows(a: { code: string; clients?: ClientFacts | undefined }, b: { code: string; clients?: ClientFacts | undefined }): ReactionRow[] {
  return (Object.keys(CLIENT_NAMES) as ClientKey[])
    .map((client) => ({ client, name: CLIENT_NAMES[client], a: reaction(client, a.code, a.clients), b: reaction(client, b.code, b.clients) }))
    .filter((row) => [row.a, row.b].some((r) => r.fact !== undefined || r.rule !== undefined));
}
