/**
 * Reads the built site in dist/ for the site-wide checks: every HTML page, parsed once per
 * test process and shared by every check in it (the site tier runs all its files in one
 * process), with helpers to find a page by path and to resolve internal links the way a
 * static host does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The build output folder. */
export const DIST = process.env['DIST_DIR'] ?? new URL('../../dist/', import.meta.url).pathname;

/** One built page. */
export interface BuiltPage {
  /** The URL path, e.g. "/codes/425/" or "/404.html". */
  path: string;
  /** The file on disk. */
  file: string;
  html: string;
  root: HTMLElement;
  /** True for the meta-refresh pages that only redirect. */
  redirect: boolean;
  /** True when the page asks not to be indexed. */
  noindex: boolean;
}

/** The URL path of an HTML file in dist/. */
function pathOf(file: string): string {
  const rel = relative(DIST, file).split('\\').join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : walk(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML file of the build, sorted, without reading them. Throws when there is no build. */
export function builtFiles(): string[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first');
  return walk(DIST).sort();
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of the build, parsed. Throws when there is no build. */
export function builtPages(): BuiltPage[] {
  if (cache !== undefined) return cache;
  cache = builtFiles().map((file) => {
    const html = readFileSync(file, 'utf8');
    const root = parse(html);
    return {
      path: pathOf(file),
      file,
      html,
      root,
      redirect: root.querySelector('meta[http-equiv="refresh"]') !== null,
      noindex: /<meta name="robots" content="noindex/.test(html),
    };
  });
  return cache;
}

let byPath: Map<string, BuiltPage> | undefined;

/** The built page served at a URL path ("/codes/425/", "/404.html"), if any. */
export function pageAt(path: string): BuiltPage | undefined {
  byPath ??= new Map(builtPages().map((p) => [p.path, p]));
  return byPath.get(path);
}

/** The content pages: everything but the redirects. */
export function contentPages(): BuiltPage[] {
  return builtPages().filter((p) => !p.redirect);
}

/** The file a site-relative URL path serves, or undefined when none does. */
export function resolvePath(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] as string);
  const candidate = join(DIST, clean);
  if (clean.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  if (existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return undefined;
}

const idCache = new Map<string, Set<string>>();

/** The ids defined in an HTML file, for checking #fragments. */
export function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (ids === undefined) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
    idCache.set(file, ids);
  }
  return ids;
}
