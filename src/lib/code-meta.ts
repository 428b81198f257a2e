/** The title and meta description of a code page, derived from its front matter. */

interface MetaInput {
  code: string;
  title: string;
  summary: string;
  kind: string;
}

/** "FTP 425 Can't open data connection", or "Socket error 10060 ..." for Winsock numbers. */
export function pageTitle(data: MetaInput): string {
  return data.kind === 'socket-error' ? `Error ${data.code}: ${data.title}` : `FTP ${data.code} ${data.title}`;
}

/** The summary, which is written to stand alone. */
export function pageDescription(data: MetaInput): string {
  return data.summary;
}
