/** Small pure helpers for reading what a reader typed into a search box. */

/** The code a query names exactly ("425", " 425 ", "FTP 425"), when it is one we have. */
export function exactCode(query: string, codes: ReadonlySet<string>): string | undefined {
  const match = /^\s*(?:ftp\s+)?(\d{3,5})\s*$/i.exec(query);
  const code = match?.[1];
  return code !== undefined && codes.has(code) ? code : undefined;
}
