/**
 * Reads the generated hosting files back (dist/_redirects, dist/_headers, dist/nginx.conf)
 * and answers, for a URL path, what each host would send: the tests compare the answers
 * instead of the texts, so the files are checked for meaning, not for layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site.ts';

/** One line of _redirects. */
export interface RedirectRule {
  from: string;
  to: string;
  status: string;
}

/** One block of _headers: a path pattern and its headers. */
export interface HeaderBlock {
  path: string;
  headers: [string, string][];
}

/** The cache header Netlify and Cloudflare Pages send when _headers sets none. */
export const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

/** Reads a generated file from dist/. */
export function distText(name: string): string {
  return readFileSync(join(DIST, name), 'utf8');
}

/** Parses _redirects: "from to status" per line, # comments. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status, ...rest] = line.split(/\s+/);
      if (from === undefined || to === undefined || status === undefined || rest.length > 0)
        throw new Error(`_redirects: cannot read "${line}"`);
      return { from, to, status };
    });
}

/** Parses _headers: a path line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      blocks.push({ path: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    const block = blocks.at(-1);
    if (match === null || block === undefined) throw new Error(`_headers: cannot read "${line}"`);
    block.headers.push([match[1] as string, match[2] as string]);
  }
  return blocks;
}

/** Whether a _headers path pattern ("/*", "/dir/*" or an exact path) matches a URL path. */
function headerPathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * The headers _headers gives a path, names lower-cased. Throws when two matching blocks
 * set the same header: both hosts would join the values into one garbled header.
 */
export function headersFromFile(blocks: readonly HeaderBlock[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const block of blocks.filter((b) => headerPathMatches(b.path, path))) {
    for (const [name, value] of block.headers) {
      const key = name.toLowerCase();
      if (headers.has(key)) throw new Error(`_headers sets ${name} twice for ${path}`);
      headers.set(key, value);
    }
  }
  if (!headers.has('cache-control')) headers.set('cache-control', HOST_DEFAULT_CACHE);
  return headers;
}

/** One location block of the nginx config. */
export interface NginxLocation {
  /** "=" for an exact match, "^~" or "" for a prefix. */
  modifier: string;
  path: string;
  /** Its add_header directives, names lower-cased; empty means it inherits the server's. */
  headers: Map<string, string>;
  /** Its return directive, if any. */
  returns: { status: number; target: string } | undefined;
}

/** The parts of the server block the tests compare. */
export interface NginxServer {
  /** The server-level directives by name, each occurrence's arguments (listen comes twice). */
  directives: Map<string, string[][]>;
  headers: Map<string, string>;
  locations: NginxLocation[];
}

/** Splits nginx configuration text into words, quoted strings and { } ; tokens. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.replace(/#[^\n]*/g, '').matchAll(/"((?:[^"\\]|\\.)*)"|([{};])|([^\s{};"]+)/g))
    out.push(match[1] ?? match[2] ?? (match[3] as string));
  return out;
}

/** Parses the generated server block (one server, locations one level deep). */
export function parseNginxServer(text: string): NginxServer {
  const list = tokens(text);
  let i = 0;
  const statement = (): string[] => {
    const words: string[] = [];
    while (i < list.length && list[i] !== ';' && list[i] !== '{' && list[i] !== '}') words.push(list[i++] as string);
    return words;
  };
  const server: NginxServer = { directives: new Map(), headers: new Map(), locations: [] };
  if (list[i++] !== 'server' || list[i++] !== '{') throw new Error('nginx.conf: expected one server { } block');
  while (list[i] !== '}') {
    if (i >= list.length) throw new Error('nginx.conf: the server block is not closed');
    const words = statement();
    if (words[0] === 'location') {
      if (list[i++] !== '{') throw new Error(`nginx.conf: expected { after ${words.join(' ')}`);
      const [modifier, path] = words.length === 3 ? [words[1] as string, words[2] as string] : ['', words[1] as string];
      const location: NginxLocation = { modifier, path, headers: new Map(), returns: undefined };
      while (list[i] !== '}') {
        const inner = statement();
        if (list[i++] !== ';') throw new Error(`nginx.conf: expected ; after ${inner.join(' ')}`);
        if (inner[0] === 'add_header') location.headers.set((inner[1] as string).toLowerCase(), inner[2] as string);
        if (inner[0] === 'return') location.returns = { status: Number(inner[1]), target: inner[2] as string };
      }
      i += 1;
      server.locations.push(location);
      continue;
    }
    if (list[i++] !== ';') throw new Error(`nginx.conf: expected ; after ${words.join(' ')}`);
    const [name, ...args] = words as [string, ...string[]];
    if (name === 'add_header') server.headers.set((args[0] as string).toLowerCase(), args[1] as string);
    else server.directives.set(name, [...(server.directives.get(name) ?? []), args]);
  }
  return server;
}

/** The location nginx picks for a path: an exact match, else the longest prefix. */
function nginxLocationFor(server: NginxServer, path: string): NginxLocation | undefined {
  const exact = server.locations.find((l) => l.modifier === '=' && l.path === path);
  if (exact !== undefined) return exact;
  return server.locations
    .filter((l) => l.modifier !== '=' && path.startsWith(l.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** The headers nginx sends with a file at a path, per its config (a location's own add_header replaces the server's). */
export function headersFromNginx(server: NginxServer, path: string): Map<string, string> {
  const location = nginxLocationFor(server, path);
  return location !== undefined && location.headers.size > 0 ? location.headers : server.headers;
}

/** The redirects of the nginx config: exact locations that return 301. */
export function nginxRedirects(server: NginxServer): Map<string, string> {
  return new Map(
    server.locations.flatMap((l) =>
      l.modifier === '=' && l.returns?.status === 301 ? [[l.path, l.returns.target] as const] : [],
    ),
  );
}
