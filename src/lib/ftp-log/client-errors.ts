/**
 * Recognises the errors clients print that are not FTP replies: curl's exit line, FileZilla's
 * and WinSCP's error lines, lftp's, Python exceptions, and the network conditions behind them
 * (refused, timed out, reset), with the Windows socket error that names the same condition.
 */

/** A network condition that several tools report in their own words. */
export type NetworkCause = 'refused' | 'timeout' | 'reset' | 'unreachable' | 'dns' | 'tls' | 'closed';

/** What a client error line says. */
export interface ClientError {
  /** The network condition, when the line names one. */
  cause?: NetworkCause;
  /** The code of the page that explains it: a Windows socket error or an FTP reply the line quotes. */
  code?: string;
  /** curl's exit code, from "curl: (N) ...". */
  curlExit?: number;
  /** True when the line mentions the data connection rather than the control connection. */
  data?: boolean;
}

/** How each condition is worded by Winsock, POSIX, curl, FileZilla, WinSCP, lftp and Python. */
const CAUSES: [NetworkCause, RegExp][] = [
  ['refused', /ECONNREFUSED|connection refused|actively refused|WSAECONNREFUSED|\b10061\b|Couldn't connect to server/i],
  [
    'timeout',
    /ETIMEDOUT|timed out|Timeout detected|\bTimeout - |WSAETIMEDOUT|\b10060\b|timeout was reached|Connection timeout/i,
  ],
  ['reset', /ECONNRESET|connection reset|forcibly closed|WSAECONNRESET|\b10054\b/i],
  [
    'unreachable',
    /EHOSTUNREACH|ENETUNREACH|no route to host|network is unreachable|host is unreachable|\b1006[45]\b|\b10051\b/i,
  ],
  [
    'dns',
    /Could not resolve host|Name or service not known|getaddrinfo failed|nodename nor servname|EAI_NONAME|No such host is known|\b11001\b/i,
  ],
  ['tls', /\bTLS\b.*(?:error|fail)|SSL.*(?:error|fail)|GnuTLS error|certificate verification|handshake fail/i],
  [
    'closed',
    /connection closed by server|Disconnected from server|control connection looks dead|EOFError|Server closed connection|Network error: Software caused connection abort|Connection lost/i,
  ],
];

/** The Windows socket error for each condition, where one names it exactly. */
const SOCKET_CODES: Partial<Record<NetworkCause, string>> = {
  refused: '10061',
  timeout: '10060',
  reset: '10054',
  unreachable: '10065',
};

/** An error line: recognises its condition and the page that explains it. */
export function readClientError(text: string, known: ReadonlySet<string>): ClientError {
  const out: ClientError = {};
  const exit = /^curl: \((\d+)\)/.exec(text);
  if (exit !== null) out.curlExit = Number(exit[1]);
  for (const [cause, pattern] of CAUSES) {
    if (pattern.test(text)) {
      out.cause = cause;
      break;
    }
  }
  if (/data (?:connection|socket|channel)|\bdata\b.*connection/i.test(text)) out.data = true;
  // A socket error number written out wins; then an FTP reply the line quotes ("Access denied: 530");
  // then the socket error that names the condition.
  const socket = /\b(1[01]\d{3})\b/.exec(text)?.[1];
  const quoted = /(?:^|[^\d.,:-])([1-6]\d\d)(?=[ .:]|$)(?![\d.])/.exec(text.replace(/^curl: \(\d+\)/, ''))?.[1];
  const candidates = [socket, quoted, out.cause === undefined ? undefined : SOCKET_CODES[out.cause]];
  const code = candidates.find((c) => c !== undefined && known.has(c));
  if (code !== undefined) out.code = code;
  return out;
}

/** True when a status or context line reports a failure strongly enough to count as an error. */
export function isErrorLike(text: string): boolean {
  return (
    /ECONNREFUSED|ETIMEDOUT|ECONNRESET|connection refused|timed out|Timeout detected|connection reset|forcibly closed|\bfailed\b|\berror\b|\bcould not\b|\bcan't\b|\bcannot\b|Critical|WSAE[A-Z]+|\b100[5-6]\d\b/i.test(
      text,
    ) && !/\bno error\b|Error: 0\b/i.test(text)
  );
}
