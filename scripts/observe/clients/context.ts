/** What every client run gets: where the server is and whom to log in as. */
export interface ClientContext {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Seconds any single wait of the client may last. */
  timeout: number;
  /** A local file with fixed contents, for uploads ({upload}). */
  upload: string;
}

/** Fills {host}, {port}, {user}, {password}, {url} and {upload} into a scenario's string. */
export function fill(template: string, context: ClientContext): string {
  const url = `ftp://${context.user}:${context.password}@${context.host}:${context.port}`;
  return template
    .replaceAll('{url}', url)
    .replaceAll('{upload}', context.upload)
    .replaceAll('{host}', context.host)
    .replaceAll('{port}', String(context.port))
    .replaceAll('{user}', context.user)
    .replaceAll('{password}', context.password);
}
