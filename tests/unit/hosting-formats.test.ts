import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderHeaders, renderRedirects } from '../../src/lib/hosting/netlify-format.ts';
import { renderNginx } from '../../src/lib/hosting/nginx-format.ts';
import { siteUrl } from '../../src/lib/site.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, type HostingPlan } from '../../src/lib/hosting/plan.ts';
import {
  headersFromFile,
  headersFromNginx,
  nginxRedirects,
  parseHeadersFile,
  parseNginxServer,
  parseRedirectsFile,
} from '../helpers/hosting-files.ts';

const plan: HostingPlan = {
  redirects: [
    { from: '/425', to: '/codes/425/' },
    { from: '/compare/426-vs-425/', to: '/compare/425-vs-426/' },
  ],
  headers: [
    ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
    ['X-Content-Type-Options', 'nosniff'],
  ],
  immutable: ['/_astro/*', '/pagefind/pagefind.en_d27be8f3c1.pf_meta'],
};
const { hostname } = siteUrl();
const site = { serverName: hostname, root: `/var/www/${hostname}`, port: 80 };

describe('_redirects', () => {
  it('lists each redirect as a 301, forced only when asked (for Netlify)', () => {
    assert.deepEqual(parseRedirectsFile(renderRedirects(plan, { force: false })), [
      { from: '/425', to: '/codes/425/', status: '301' },
      { from: '/compare/426-vs-425/', to: '/compare/425-vs-426/', status: '301' },
    ]);
    assert.deepEqual(
      parseRedirectsFile(renderRedirects(plan, { force: true })).map((r) => r.status),
      ['301!', '301!'],
    );
  });

  it('refuses a path that would not be one token', () => {
    assert.throws(
      () => renderRedirects({ ...plan, redirects: [{ from: '/a b', to: '/c/' }] }, { force: false }),
      /"\/a b" cannot be written/,
    );
  });
});

describe('_headers', () => {
  const blocks = parseHeadersFile(renderHeaders(plan));

  it('gives every path the security headers and the hashed files long caching, never one header twice', () => {
    assert.equal(
      headersFromFile(blocks, '/codes/425/').get('content-security-policy'),
      "default-src 'self'; frame-ancestors 'none'",
    );
    assert.equal(headersFromFile(blocks, '/codes/425/').get('cache-control'), CACHE_REVALIDATE);
    assert.equal(headersFromFile(blocks, '/_astro/a.DeId21Wi.css').get('cache-control'), CACHE_IMMUTABLE);
    assert.equal(headersFromFile(blocks, '/_astro/a.DeId21Wi.css').get('x-content-type-options'), 'nosniff');
    assert.equal(headersFromFile(blocks, '/pagefind/pagefind.js').get('cache-control'), CACHE_REVALIDATE);
    assert.equal(
      headersFromFile(blocks, '/pagefind/pagefind.en_d27be8f3c1.pf_meta').get('cache-control'),
      CACHE_IMMUTABLE,
    );
  });

  it('refuses a header value that spans lines', () => {
    assert.throws(() => renderHeaders({ ...plan, headers: [['X-Test', 'a\nb']] }), /spans lines/);
  });
});

describe('the nginx server block', () => {
  const server = parseNginxServer(renderNginx(plan, site));

  it('listens where told, serves the 404 page on errors and compresses', () => {
    assert.deepEqual(server.directives.get('listen'), [['80'], ['[::]:80']]);
    assert.deepEqual(server.directives.get('root'), [[`/var/www/${hostname}`]]);
    assert.deepEqual(server.directives.get('error_page'), [['404', '/404.html']]);
    assert.deepEqual(server.directives.get('gzip'), [['on']]);
  });

  it('says what _headers says for pages and hashed files, with each location repeating the security headers', () => {
    const blocks = parseHeadersFile(renderHeaders(plan));
    for (const path of [
      '/',
      '/codes/425/',
      '/_astro/a.DeId21Wi.css',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.en_d27be8f3c1.pf_meta',
    ]) {
      assert.deepEqual([...headersFromNginx(server, path)].sort(), [...headersFromFile(blocks, path)].sort(), path);
    }
  });

  it('redirects both slash forms of each path in one hop', () => {
    assert.deepEqual([...nginxRedirects(server)].sort(), [
      ['/425', '/codes/425/'],
      ['/425/', '/codes/425/'],
      ['/compare/426-vs-425', '/compare/425-vs-426/'],
      ['/compare/426-vs-425/', '/compare/425-vs-426/'],
    ]);
  });

  it('hides the host configuration files', () => {
    const hidden = server.locations.filter((l) => l.returns?.status === 404).map((l) => l.path);
    assert.deepEqual(hidden, ['/_headers', '/_redirects', '/nginx.conf']);
  });

  it('refuses values nginx would read as variables or syntax', () => {
    assert.throws(
      () => renderNginx({ ...plan, headers: [['X-Test', 'a$b']] }, site),
      /cannot be written into an nginx configuration/,
    );
    assert.throws(
      () => renderNginx({ ...plan, redirects: [{ from: '/a;b', to: '/' }] }, site),
      /cannot be written as an nginx location/,
    );
  });
});
