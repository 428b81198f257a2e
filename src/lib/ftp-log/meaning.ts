/**
 * What a reply means for the command it answers, in one sentence of our own, derived from the
 * class digit (RFC 959 4.2.1) and the command; the code's own page says the rest.
 */
import type { Exchange } from './exchanges.ts';
import { COMMAND_ROLES } from './commands.ts';

/** What the server waits for after a 3xx to each command. */
const NEXT: Record<string, string> = {
  USER: 'the password (PASS)',
  PASS: 'account information (ACCT)',
  RNFR: 'the new name (RNTO)',
  REST: 'the transfer command that resumes',
  AUTH: 'the security data (ADAT)',
};

/** The sentence for one exchange. */
export function meaningHere(exchange: Exchange): string {
  const final = exchange.replies.at(-1);
  const code = final?.code ?? '';
  const verb = exchange.verb;
  if (exchange.command === undefined) {
    if (code === '220') return 'The server greets the client on its own: it is ready for a login.';
    if (code === '120') return 'The server is not ready yet and says so; a 220 should follow.';
    if (code === '421') return 'The server closes the connection without serving it.';
    return 'The server sent this without a command shown in the log before it.';
  }
  const role = COMMAND_ROLES[verb];
  const what = role === undefined ? verb : `${verb}, which ${role},`;
  if (final === undefined) return `${what} got no reply in this log.`;
  switch (code[0]) {
    case '1':
      return `${what} has started on the server; a final reply should follow, and none did in this log.`;
    case '2':
      return exchange.replies.length > 1
        ? `${what} finished: the final reply closes the preliminary one above it.`
        : `${what} succeeded.`;
    case '3':
      return `${what} is accepted so far; the server now waits for ${NEXT[verb] ?? 'the next command of the sequence'}.`;
    case '4':
      return `${what} failed this time; the same command may work later, unchanged.`;
    case '5':
      return `${what} was refused; sending it again unchanged will fail the same way.`;
    case '6':
      return `${what} got a protected reply, which wraps the real one.`;
    default:
      return `${what} got an unusual reply code.`;
  }
}
