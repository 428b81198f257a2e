/**
 * The hosting files the build writes (dist/_redirects, dist/_headers, dist/nginx.conf):
 * every reversed comparison and short code URL redirects, the three files say the same
 * thing, the CSP header covers every page's own policy, and only hashed files are cached
 * for good. tests/hosting/ then checks the nginx config behind a real nginx.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages, contentPages, DIST } from '../helpers/site.ts';
import { CODES } from '../helpers/expected.ts';
import {
  distText,
  headersFromFile,
  headersFromNginx,
  HOST_DEFAULT_CACHE,
  nginxRedirects,
  parseHeadersFile,
  parseNginxServer,
  parseRedirectsFile,
} from '../helpers/hosting-files.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import { codeUrl, compareUrl, compareUrlAsGiven, notFoundFile, shortCodeUrl } from '../../src/lib/urls.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const redirects = parseRedirectsFile(distText('_redirects'));
const headerBlocks = parseHeadersFile(distText('_headers'));
const nginx = parseNginxServer(distText('nginx.conf'));
const redirectMap = new Map(redirects.map((r) => [r.from, r.to]));
const withoutSlash = (path: string): string => (path.length > 1 ? path.replace(/\/$/, '') : path);
const otherForm = (path: string): string => (path.endsWith('/') ? path.slice(0, -1) : `${path}/`);
/** A Netlify build lists one slash form per redirect (Netlify folds them); any other lists both. */
const forNetlify = process.env['NETLIFY'] === 'true';
/** The target _redirects gives a path, as the host reading it would match. */
const ruleFor = (path: string): string | undefined =>
  redirectMap.get(path) ?? (forNetlify ? redirectMap.get(otherForm(path)) : undefined);

/** Every file in dist/, as URL paths. */
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => `/${relative(DIST, join(e.parentPath, e.name)).split('\\').join('/')}`)
  .sort();

/** The URL a built page answers: /codes/425/ for codes/425/index.html, /500 for 500.html. */
const urlOf = (path: string): string =>
  path.endsWith('.html') && path !== notFoundFile() ? path.slice(0, -'.html'.length) : path;

describe('_redirects', () => {
  it('moves every reversed comparison and every short code URL to its canonical page', () => {
    const expected = [
      ...CODES.map((code) => [shortCodeUrl(code), codeUrl(code)] as const),
      ...allPairs(CODES).map(([low, high]) => [compareUrlAsGiven(high, low), compareUrl(low, high)] as const),
    ];
    const wrong = expected.filter(([from, to]) => ruleFor(from) !== to || ruleFor(otherForm(from)) !== to);
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} of ${expected.length} redirects missing or wrong`);
  });

  it('has a rule for exactly the meta-refresh pages (both slash forms but for Netlify), each to the page its refresh names', () => {
    const expected = builtPages()
      .filter((p) => p.redirect)
      .flatMap((p) => {
        const to = (p.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '').replace(
          /^\d+;\s*url=/,
          '',
        );
        const from = urlOf(p.path);
        return forNetlify
          ? [[from, to]]
          : [
              [from, to],
              [otherForm(from), to],
            ];
      });
    assert.equal(redirectMap.size, redirects.length, 'a path is listed twice');
    assert.deepEqual([...redirectMap].sort(), expected.sort());
  });

  it('uses the status its host needs: 301, forced (301!) only in a Netlify build', () => {
    const expected = forNetlify ? '301!' : '301';
    assert.deepEqual([...new Set(redirects.map((r) => r.status))], [expected]);
  });

  it('puts the short code URLs and the redirects to indexable pages within the 2,000 rules Cloudflare Pages applies', () => {
    const indexable = new Set(
      contentPages()
        .filter((p) => !p.noindex)
        .map((p) => p.path),
    );
    const head = new Set(redirects.slice(0, 2000).map((r) => r.from));
    const left = redirects.filter(
      (r) => (indexable.has(r.to) || CODES.some((c) => withoutSlash(r.from) === shortCodeUrl(c))) && !head.has(r.from),
    );
    assert.ok(indexable.has(codeUrl(CODES[0] as string)), 'the code pages are indexable');
    assert.deepEqual(left.map((r) => r.from).slice(0, 10), []);
  });
});

describe('nginx.conf', () => {
  it('redirects the same URLs to the same pages as _redirects, both slash forms each', () => {
    const fromNginx = nginxRedirects(nginx);
    const fromFile = new Map(redirects.map((r) => [withoutSlash(r.from), r.to]));
    const wrong = [...fromFile].filter(([from, to]) => fromNginx.get(from) !== to || fromNginx.get(`${from}/`) !== to);
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} redirects differ`);
    const extra = [...fromNginx.keys()].filter((from) => !fromFile.has(withoutSlash(from)));
    assert.deepEqual(extra.slice(0, 10), [], 'nginx redirects URLs that _redirects does not');
  });

  it('sends the same headers as _headers for every page and every kind of file', () => {
    const paths = [...contentPages().map((p) => p.path), ...files.filter((f) => !f.endsWith('.html'))];
    const differ = paths.filter((path) => {
      const a = headersFromFile(headerBlocks, path);
      const b = headersFromNginx(nginx, path);
      return JSON.stringify([...a].sort()) !== JSON.stringify([...b].sort());
    });
    assert.deepEqual(differ.slice(0, 10), [], `${differ.length} of ${paths.length} paths get other headers`);
  });

  it('serves the 404 page as the error page, compresses text, and names the site', () => {
    assert.deepEqual(nginx.directives.get('error_page'), [['404', '/404.html']]);
    assert.deepEqual(nginx.directives.get('gzip'), [['on']]);
    const canonical =
      /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1] ?? '';
    assert.deepEqual(nginx.directives.get('server_name'), [[new URL(canonical).hostname]]);
  });
});

describe('_headers', () => {
  it('gives every response the CSP with frame-ancestors, nosniff, a referrer and a permissions policy', () => {
    const all = headersFromFile(headerBlocks, '/any/path');
    assert.match(all.get('content-security-policy') ?? '', /(^|; )frame-ancestors 'none'(;|$)/);
    assert.equal(all.get('x-content-type-options'), 'nosniff');
    assert.ok(all.has('referrer-policy') && all.has('permissions-policy'));
  });

  it("has a CSP that allows everything each page's own CSP meta tag allows, and no other directive", () => {
    const header = new Map(
      (headersFromFile(headerBlocks, '/').get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name as string, sources]),
    );
    const problems: string[] = [];
    for (const page of builtPages()) {
      const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      if (meta === undefined) continue;
      const names = new Set<string>();
      for (const [name, ...sources] of meta
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0] !== '')) {
        names.add(name as string);
        const missing = sources.filter((s) => !(header.get(name as string) ?? []).includes(s));
        if (missing.length > 0) problems.push(`${page.path}: ${name} ${missing.join(' ')}`);
      }
      const extra = [...header.keys()].filter((name) => !names.has(name) && name !== 'frame-ancestors');
      if (extra.length > 0) problems.push(`${page.path}: the header adds ${extra.join(', ')}`);
    }
    assert.deepEqual(problems.slice(0, 10), []);
  });

  it("caches the hashed files for good and revalidates HTML and Pagefind's fixed-name files", () => {
    const cache = (path: string): string | undefined => headersFromFile(headerBlocks, path).get('cache-control');
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const hashed = [
      ...files.filter((f) => /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(f)),
      ...Object.values(entry.languages).map((l) => `/pagefind/pagefind.${l.hash}.pf_meta`),
    ];
    const fixed = [
      ...files.filter((f) => /^\/pagefind\/[^/]+$/.test(f) && !f.endsWith('.pf_meta')),
      '/',
      codeUrl(CODES[0] as string),
      '/favicon.svg',
      '/robots.txt',
    ];
    assert.ok(fixed.includes('/pagefind/pagefind.js') && fixed.includes('/pagefind/pagefind-entry.json'));
    assert.deepEqual(hashed.filter((f) => cache(f) !== IMMUTABLE).slice(0, 10), [], 'hashed files not cached for good');
    assert.deepEqual(
      fixed.filter((f) => cache(f) !== HOST_DEFAULT_CACHE),
      [],
      'fixed-name files cached for good',
    );
  });

  it("stays within Cloudflare Pages' limits: 100 rules, 2,000 characters a line", () => {
    assert.ok(headerBlocks.length <= 100, `${headerBlocks.length} rules`);
    assert.deepEqual(
      distText('_headers')
        .split('\n')
        .filter((line) => line.length > 2000),
      [],
    );
  });
});
