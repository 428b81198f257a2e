/**
 * A small static file server for the bench, the same for this site and for Starlight, so
 * both are measured behind one server: gzip for text files (as any real host does), the
 * directory index for "/path/", and no caching headers (a cold visit is a new browser
 * context, and later queries stay within one page).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};
/** Pagefind's own files are compressed already (pf_meta, pf_index, pf_fragment, the .pagefind wasm). */
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/** Serves `root` on 127.0.0.1 at `port`; resolves once listening. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const cache = new Map<string, { body: Buffer; gzip: boolean }>();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file);
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let entry = cache.get(file);
    if (entry === undefined) {
      const raw = readFileSync(file);
      entry = COMPRESS.has(ext) ? { body: gzipSync(raw, { level: 6 }), gzip: true } : { body: raw, gzip: false };
      cache.set(file, entry);
    }
    const body = entry.gzip && !accepts ? readFileSync(file) : entry.body;
    response.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...(entry.gzip && accepts ? { 'Content-Encoding': 'gzip' } : {}),
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
