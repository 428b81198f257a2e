/**
 * Finds the first failure in a log and the patterns that no single reply shows: a private
 * address in a 227 followed by a failed data connection, a server that requires TLS, a login
 * that fails again and again, a 1xx reply with no final reply, and a data connection that
 * fails after PASV or EPSV while the control connection works.
 */
import type { Exchange, Item, Note } from './exchanges.ts';
import { DATA_COMMANDS, PROBE_COMMANDS } from './commands.ts';
import type { PatternId } from './patterns.ts';

/** The first thing that went wrong. */
export interface Failure {
  /** A reply that refused a command, a command with no reply, a 1xx with no final reply, or a client error. */
  reason: 'reply' | 'no-reply' | 'no-final' | 'client-error';
  item: Exchange | Note;
  /** The line in the pasted text. */
  line: number;
  /** The code whose page explains it, when there is one. */
  code?: string;
}

/** A pattern found in the sequence, and where. */
export interface Found {
  id: PatternId;
  line: number;
}

/** The diagnosis of a whole log. */
export interface Diagnosis {
  failure?: Failure;
  patterns: Found[];
  /** Refused optional commands (FEAT, OPTS, EPSV...), which clients expect and work around. */
  refusedProbes: Exchange[];
}

const LOGIN = new Set(['USER', 'PASS', 'ACCT']);
const failedReply = (e: Exchange): boolean => e.outcome === 'transient' || e.outcome === 'permanent';
const finalCode = (e: Exchange): string | undefined => e.replies.at(-1)?.code;
const lineOf = (item: Item): number =>
  item.type === 'note' ? item.entry.line : ((item.command ?? item.replies[0])?.line ?? 0);

/** The failure an item shows, if any. */
function failureOf(item: Item): Failure | undefined {
  if (item.type === 'note') {
    if (item.error === undefined) return undefined;
    return {
      reason: 'client-error',
      item,
      line: item.entry.line,
      ...(item.error.code !== undefined ? { code: item.error.code } : {}),
    };
  }
  if (failedReply(item)) return { reason: 'reply', item, line: lineOf(item), code: finalCode(item) as string };
  if (item.outcome === 'no-reply' || item.outcome === 'no-final') {
    const code = item.endedBy?.error?.code;
    return { reason: item.outcome, item, line: lineOf(item), ...(code !== undefined ? { code } : {}) };
  }
  return undefined;
}

/** A refused probe matters only when the session stops right after it. */
function isProbe(item: Item): item is Exchange {
  return item.type === 'exchange' && PROBE_COMMANDS.has(item.verb) && failedReply(item);
}

/** Diagnoses a log from its items. */
export function diagnose(items: readonly Item[]): Diagnosis {
  const exchanges = items.filter((i): i is Exchange => i.type === 'exchange');
  const refusedProbes = exchanges.filter(isProbe);
  const lastExchange = exchanges.at(-1);
  let failure: Failure | undefined;
  for (const item of items) {
    if (isProbe(item) && item !== lastExchange) continue;
    failure = failureOf(item);
    if (failure !== undefined) break;
  }
  return { ...(failure !== undefined ? { failure } : {}), patterns: findPatterns(items, exchanges), refusedProbes };
}

/** The sequence patterns, in the order they are found. */
function findPatterns(items: readonly Item[], exchanges: readonly Exchange[]): Found[] {
  const found: Found[] = [];
  const add = (id: PatternId, line: number): void => {
    if (!found.some((f) => f.id === id)) found.push({ id, line });
  };
  const controlHost = controlAddress(items);

  // TLS required: a refusal that asks for encryption after a login or data connection in the clear.
  let secured = false;
  let protectedData = false;
  for (const e of exchanges) {
    const code = finalCode(e);
    if (e.verb === 'AUTH' && (code === '234' || code === '334')) secured = true;
    if (e.verb === 'PROT' && code === '200' && /^PROT\s+P/i.test(e.command?.text ?? '')) protectedData = true;
    const text = e.replies.at(-1)?.text ?? '';
    const asksForTls =
      /encrypt|\bTLS\b|\bSSL\b|\bsecur|\bFTPS\b/i.test(text.slice(4)) || /\bAUTH (?:TLS|SSL)\b/.test(text);
    if (
      LOGIN.has(e.verb) &&
      !secured &&
      (code === '534' || ((code === '530' || code === '550' || code === '421') && asksForTls))
    )
      add('tls-required', lineOf(e));
    if (
      DATA_COMMANDS.has(e.verb) &&
      !protectedData &&
      (code === '522' || code === '534' || code === '521' || ((code === '425' || code === '550') && asksForTls))
    )
      add('tls-required', lineOf(e));
  }

  // A login loop: the login is refused more than once.
  const refusedLogins = exchanges.filter((e) => LOGIN.has(e.verb) && failedReply(e));
  if (refusedLogins.length >= 2) add('login-loop', lineOf(refusedLogins[1] as Exchange));

  // A 1xx reply that nothing closed.
  const stuck = exchanges.find((e) => e.outcome === 'no-final');
  if (stuck !== undefined) add('preliminary-without-final', lineOf(stuck));

  // PASV or EPSV answered, then the data connection failed while the control connection kept answering.
  items.forEach((item, index) => {
    if (item.type !== 'exchange' || !(item.verb === 'PASV' || item.verb === 'EPSV') || item.outcome !== 'success')
      return;
    // Look until the data connection is shown to work (a data command got a 1xx or 2xx) or the
    // client sets up the next one.
    const rest = items.slice(index + 1);
    const end = rest.findIndex(
      (next) => next.type === 'exchange' && ['PASV', 'EPSV', 'PORT', 'EPRT'].includes(next.verb),
    );
    const window = end === -1 ? rest : rest.slice(0, end);
    const substituted = window.some((next) => next.type === 'note' && SUBSTITUTED.test(next.entry.text));
    let dataFailed: Item | undefined;
    for (const next of window) {
      if (
        next.type === 'exchange' &&
        DATA_COMMANDS.has(next.verb) &&
        next.replies.some((r) => /^[12]/.test(r.code ?? ''))
      )
        break;
      if (isDataFailure(next)) {
        dataFailed = next;
        break;
      }
    }
    if (dataFailed === undefined) return;
    const pasv = item.pasv;
    const unreachable = pasv?.ok === true && pasv.warnings.length > 0 && pasv.host !== controlHost && !substituted;
    add(unreachable ? 'private-address-then-timeout' : 'data-connection-fails', lineOf(dataFailed));
  });
  return found;
}

/** Client notes that say the address in 227 was replaced by the server's (FileZilla, curl, lftp). */
const SUBSTITUTED =
  /Using server address instead|Skip [\d.]+ for data connection|Address returned by PASV is ignored|re-use [\d.]+ instead|using host address instead/i;

/** A failed data connection: 425, a data command with no reply, or a timeout or refusal. */
function isDataFailure(item: Item): boolean {
  if (item.type === 'exchange') {
    if (finalCode(item) === '425') return true;
    return DATA_COMMANDS.has(item.verb) && item.outcome === 'no-reply';
  }
  const cause = item.error?.cause;
  return cause === 'timeout' || cause === 'refused' || (cause !== undefined && item.error?.data === true);
}

/** The address of the control connection, when a status line names it before the first reply. */
export function controlAddress(items: readonly Item[]): string | undefined {
  for (const item of items) {
    if (item.type === 'exchange') return undefined;
    const ip = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(item.entry.text)?.[1];
    if (ip !== undefined && /connect|trying|resolv|address/i.test(item.entry.text)) return ip;
  }
  return undefined;
}
