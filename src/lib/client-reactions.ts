/**
 * How curl, Python's ftplib, FileZilla and WinSCP react to a code, side by side for two
 * codes: what each entry records for the tool, and, where a tool decides by the first
 * digit alone, what that rule makes of the code (curl's --retry, ftplib's exceptions).
 */
import { classOf } from './reply-code.ts';
import type { RecordedOutcome } from './recorded-outcomes.ts';
import type { CodeEntryData } from '../schemas/code-entry.ts';

/** The tools a comparison sets side by side, with their display names (lftp only where recorded). */
const CLIENT_NAMES = {
  curl: 'curl',
  ftplib: "Python's ftplib",
  filezilla: 'FileZilla',
  winscp: 'WinSCP',
  lftp: 'lftp',
} as const;

/** One of the tools. */
export type ClientKey = keyof typeof CLIENT_NAMES;

/** What an entry records for each tool: its `clients` field (lftp comes from recordings only). */
export type ClientFacts = NonNullable<CodeEntryData['clients']>;

/** Where the first-digit rules below were read, for the page to cite. */
export const RULE_SOURCES = [
  {
    title: 'curl 7.88.1, src/tool_operate.c and the --retry documentation',
    url: 'https://github.com/curl/curl/blob/curl-7_88_1/src/tool_operate.c',
  },
  {
    title: 'CPython 3.11.2, Lib/ftplib.py (getresp, voidresp)',
    url: 'https://github.com/python/cpython/blob/v3.11.2/Lib/ftplib.py',
  },
] as const;

/**
 * What a tool does with a code by a rule that looks only at the first digit, or undefined
 * when no such rule applies. curl retries a failed FTP transfer only for a last reply in
 * 4xx; ftplib's getresp() maps the first digit to an exception and never retries.
 */
export function digitRule(client: ClientKey, code: string): string | undefined {
  const digit = classOf(code);
  if (client === 'curl') {
    if (digit === '4')
      return 'With `--retry`, a transfer that fails on this reply is tried again: curl counts every FTP 4xx as transient. Without `--retry`, curl does not retry.';
    if (digit === '5')
      return 'Not retried, even with `--retry`: curl counts only FTP 4xx replies as transient (`--retry-all-errors` retries anyway).';
    return undefined;
  }
  if (client === 'ftplib') {
    switch (digit) {
      case '2':
        return 'Returned to the caller as the reply text; no exception.';
      case '1':
      case '3':
        return 'Returned as the reply text by `sendcmd()`; `voidcmd()`, which wants a 2xx, raises `ftplib.error_reply`.';
      case '4':
        return 'Raises `ftplib.error_temp`; ftplib never retries by itself.';
      case '5':
        return 'Raises `ftplib.error_perm`; ftplib never retries by itself.';
      case '6':
        return 'Raises `ftplib.error_proto`: ftplib knows first digits 1 to 5 only.';
      default:
        return undefined;
    }
  }
  return undefined;
}

/** One tool's reaction to one code: the entry's fact, the digit rule, what recordings showed. */
export interface Reaction {
  fact?: string | undefined;
  rule?: string | undefined;
  /** Recorded runs, one line per outcome: "curl 7.88.1, after 550 to SIZE: exit 78: ... (vsftpd 3.0.3)". */
  recorded: string[];
}

/** One code as the table reads it. */
export interface ReactionInput {
  code: string;
  clients?: ClientFacts | undefined;
  recorded?: readonly RecordedOutcome[] | undefined;
}

/** One row of the side-by-side table. */
export interface ReactionRow {
  client: ClientKey;
  name: string;
  a: Reaction;
  b: Reaction;
}

/** "3.0.3" from Debian's "3.0.3-13+b2": the upstream part of a package version. */
function upstreamVersion(version: string): string {
  return version.split(/[-+]/)[0] ?? version;
}

function reaction(client: ClientKey, side: ReactionInput): Reaction {
  const fact = client === 'lftp' ? undefined : side.clients?.[client];
  const rule = digitRule(client, side.code);
  // One line per outcome: the commands and servers that gave it, with the client's version.
  const runs = (side.recorded ?? []).filter((o) => o.client === client);
  const byOutcome = Map.groupBy(runs, (o) => `${o.clientVersion}\n${o.outcome}`);
  const recorded = [...byOutcome.values()].map((group) => {
    const first = group[0] as RecordedOutcome;
    const commands = [...new Set(group.map((o) => o.command))];
    const servers = [...new Set(group.map((o) => `${o.server} ${upstreamVersion(o.version)}`))];
    return `${CLIENT_NAMES[client]} ${first.clientVersion}, after ${first.code} to ${commands.join(' or ')}: ${first.outcome} (${servers.join(', ')})`;
  });
  // An entry's ftplib line already names the exception; the rule would only repeat it.
  return { fact, rule: client === 'ftplib' && fact !== undefined ? undefined : rule, recorded: [...new Set(recorded)] };
}

/** The tools with anything recorded or derivable for either code, in a fixed order. */
export function reactionRows(a: ReactionInput, b: ReactionInput): ReactionRow[] {
  return (Object.keys(CLIENT_NAMES) as ClientKey[])
    .map((client) => ({ client, name: CLIENT_NAMES[client], a: reaction(client, a), b: reaction(client, b) }))
    .filter((row) => [row.a, row.b].some((r) => r.fact !== undefined || r.rule !== undefined || r.recorded.length > 0));
}

/**
 * What the first-digit rules make of the pair, in one sentence per tool, where the two
 * codes meet the same rule: whether curl's --retry tries again after each, and which
 * ftplib exception each raises. Nothing for codes the rules do not cover (1xx to 3xx).
 */
export function ruleContrast(a: string, b: string): string[] {
  const out: string[] = [];
  const ca = classOf(a);
  const cb = classOf(b);
  const failing = (c: string | undefined): c is '4' | '5' => c === '4' || c === '5';
  if (failing(ca) && failing(cb)) {
    if (ca === cb)
      out.push(
        ca === '4'
          ? `With \`--retry\`, curl tries a failed transfer again after either ${a} or ${b}.`
          : `Even with \`--retry\`, curl tries again after neither ${a} nor ${b}; only \`--retry-all-errors\` would.`,
      );
    else {
      const [temp, perm] = ca === '4' ? [a, b] : [b, a];
      out.push(`With \`--retry\`, curl tries a failed transfer again after ${temp} but not after ${perm}.`);
    }
  }
  const exception = (c: string | undefined): string | undefined =>
    c === '4' ? 'error_temp' : c === '5' ? 'error_perm' : c === '6' ? 'error_proto' : undefined;
  const ea = exception(ca);
  const eb = exception(cb);
  if (ea !== undefined && eb !== undefined) {
    out.push(
      ea === eb
        ? `ftplib raises \`ftplib.${ea}\` for both, so one \`except\` clause catches either.`
        : `ftplib raises \`ftplib.${ea}\` for ${a} and \`ftplib.${eb}\` for ${b}: code that catches only one of them lets the other through.`,
    );
  }
  return out;
}
