/**
 * The build behind a real nginx with the generated dist/nginx.conf, checked with real
 * HTTP requests: redirects answer 301 with the canonical Location, an unknown path gets
 * our 404 page with status 404, every page and file carries exactly the headers that
 * dist/_headers promises, hashed files are cached for good, and text is compressed.
 * Skipped, loudly, where nginx is missing and cannot be installed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startNginx, whyNoNginx, type RunningNginx } from '../helpers/nginx.ts';
import { contentPages, DIST } from '../helpers/site.ts';
import { distText, headersFromFile, parseHeadersFile, parseRedirectsFile } from '../helpers/hosting-files.ts';
import { CODES } from '../helpers/expected.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import { codeUrl, compareUrl, compareUrlAsGiven, notFoundFile, shortCodeUrl } from '../../src/lib/urls.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

const skip = whyNoNginx();
if (skip !== undefined)
  console.error(
    `\n${'!'.repeat(78)}\n!! SKIPPED: the site behind nginx (tests/hosting/).\n!! ${skip}\n${'!'.repeat(78)}\n`,
  );

/** Runs a check over many items, a few requests at a time, and returns the problems found. */
async function inParallel<T>(
  items: readonly T[],
  check: (item: T) => Promise<string | undefined>,
  width = 12,
): Promise<string[]> {
  const problems: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const problem = await check(items[next++] as T);
        if (problem !== undefined) problems.push(problem);
      }
    }),
  );
  return problems;
}

describe('the built site behind nginx, with the generated config', { skip: skip ?? false }, () => {
  let server: RunningNginx | undefined;
  before(async () => {
    server = await startNginx();
  });
  after(async () => {
    await server?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> =>
    fetch(`${server?.origin}${path}`, { method, redirect: 'manual', headers, signal: AbortSignal.timeout(10_000) });
  const headerBlocks = parseHeadersFile(distText('_headers'));

  /** What differs between a response's headers and what _headers promises for the path. */
  const headerProblems = (path: string, response: Response): string[] =>
    [...headersFromFile(headerBlocks, path)]
      .filter(([name, value]) => response.headers.get(name) !== value)
      .map(([name]) => `${path}: ${name} is "${response.headers.get(name)}"`);

  it('a reversed comparison answers 301 with its canonical page as Location, with or without the slash', async () => {
    const pairs = allPairs(CODES);
    const pair = pairs.find(([a, b]) => a === '425' && b === '426') ?? pairs[0];
    assert.ok(pair, 'no pair of codes');
    const [low, high] = pair;
    for (const path of [compareUrlAsGiven(high, low), compareUrlAsGiven(high, low).slice(0, -1)]) {
      const response = await get(path);
      assert.equal(response.status, 301, path);
      assert.equal(response.headers.get('location'), compareUrl(low, high), path);
    }
  });

  it('every short code URL (/425) answers 301 to its code page', async () => {
    const problems = await inParallel(
      CODES.flatMap((code) => [shortCodeUrl(code), `${shortCodeUrl(code)}/`]),
      async (path) => {
        const response = await get(path);
        const want = codeUrl(path.replace(/\//g, ''));
        return response.status === 301 && response.headers.get('location') === want
          ? undefined
          : `${path}: ${response.status} ${response.headers.get('location')}`;
      },
    );
    assert.deepEqual(problems.slice(0, 10), [], `${problems.length} short URLs wrong`);
  });

  it('every rule of _redirects gets the same 301 from nginx', async () => {
    const rules = parseRedirectsFile(distText('_redirects'));
    const problems = await inParallel(rules, async ({ from, to }) => {
      const response = await get(from);
      return response.status === 301 && response.headers.get('location') === to
        ? undefined
        : `${from}: ${response.status} ${response.headers.get('location')}, not ${to}`;
    });
    assert.deepEqual(problems.slice(0, 10), [], `${problems.length} of ${rules.length} rules answered otherwise`);
  });

  it("an unknown path answers 404 with the site's own 404 page and the usual headers", async () => {
    const page = readFileSync(join(DIST, notFoundFile()), 'utf8');
    for (const path of ['/no-such-page/', '/codes/999/', '/compare/425-vs-999/']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal(await response.text(), page, `${path} does not get the 404 page`);
      assert.deepEqual(headerProblems(path, response), []);
    }
  });

  it('every page of every type answers 200 with exactly the headers _headers promises, frame-ancestors included', async () => {
    const pages = contentPages().map((p) => p.path);
    const problems = await inParallel(pages, async (path) => {
      // HEAD: nginx answers it with the same status and headers as GET, without the body.
      const response = await get(path, {}, 'HEAD');
      const wrong = headerProblems(path, response);
      if (response.status !== 200) wrong.push(`${path}: ${response.status}`);
      if (!/frame-ancestors 'none'/.test(response.headers.get('content-security-policy') ?? ''))
        wrong.push(`${path}: no frame-ancestors`);
      return wrong.length > 0 ? wrong.join('; ') : undefined;
    });
    assert.ok(pages.length > 100, `only ${pages.length} pages`);
    assert.deepEqual(problems.slice(0, 10), [], `${problems.length} of ${pages.length} pages`);
  });

  it("hashed files are cached for good; Pagefind's loader, entry and WebAssembly, and other fixed names, are revalidated", async () => {
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${relative(DIST, join(e.parentPath, e.name))}`);
    const first = (pattern: RegExp): string => {
      const found = files.find((f) => pattern.test(f));
      assert.ok(found !== undefined, `no file matches ${pattern}`);
      return found;
    };
    const hashed = [
      /^\/_astro\/.+\.css$/,
      /^\/_astro\/.+\.js$/,
      /^\/pagefind\/fragment\//,
      /^\/pagefind\/index\//,
      /^\/pagefind\/filter\//,
      /^\/pagefind\/pagefind\..+\.pf_meta$/,
    ].map(first);
    const fixed = [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      first(/^\/pagefind\/wasm\..+\.pagefind$/),
      '/favicon.svg',
      '/robots.txt',
    ];
    for (const [paths, cache] of [
      [hashed, IMMUTABLE],
      [fixed, REVALIDATE],
    ] as const) {
      for (const path of paths) {
        const response = await get(path);
        await response.arrayBuffer();
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('cache-control'), cache, path);
        assert.deepEqual(headerProblems(path, response), []);
      }
    }
  });

  it('HTML, CSS and JavaScript are sent gzip-compressed to clients that accept it', async () => {
    // Files under gzip_min_length are sent as they are; take ones well above it.
    const large = (ext: string): string =>
      `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith(ext) && readFileSync(join(DIST, '_astro', f)).length > 2048)}`;
    for (const path of [codeUrl(CODES[0] as string), large('.css'), large('.js')]) {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      await response.arrayBuffer();
      assert.equal(response.headers.get('content-encoding'), 'gzip', path);
      assert.match(response.headers.get('vary') ?? '', /accept-encoding/i, path);
    }
  });

  it('the configuration files for hosts are not served', async () => {
    for (const path of ['/_headers', '/_redirects', '/nginx.conf']) assert.equal((await get(path)).status, 404, path);
  });

  it('a folder URL without its trailing slash moves to the slashed URL, on this host', async () => {
    for (const path of ['/codes', codeUrl(CODES[0] as string).slice(0, -1)]) {
      const response = await get(path);
      assert.equal(response.status, 301, path);
      assert.equal(response.headers.get('location'), `${path}/`);
    }
  });
});
