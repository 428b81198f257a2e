import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPageFacts, refreshTarget, routeOfFile, type PageFacts } from '../../src/lib/hosting/page-facts.ts';
import { mergeCsp, parseCsp } from '../../src/lib/hosting/csp.ts';
import {
  hostingPlan,
  immutablePaths,
  isContentAddressed,
  redirectsOf,
  securityHeaders,
} from '../../src/lib/hosting/plan.ts';

const page = (route: string, more: Partial<PageFacts> = {}): PageFacts => ({
  route,
  redirectTo: undefined,
  csp: "default-src 'self'",
  noindex: false,
  ...more,
});

describe('reading a built page', () => {
  it('maps files to the URLs they answer', () => {
    assert.equal(routeOfFile('index.html'), '/');
    assert.equal(routeOfFile('codes/425/index.html'), '/codes/425/');
    assert.equal(routeOfFile('500.html'), '/500');
    assert.equal(routeOfFile('favicon.svg'), '/favicon.svg');
  });

  it('reads the refresh target, the CSP and the robots verdict, whatever the attribute order and quoting', () => {
    const html =
      `<head><meta content="0; url=/codes/425/" http-equiv="refresh"><meta name='robots' content='noindex'>` +
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; img-src &#39;self&#39; data:"></head>`;
    assert.deepEqual(readPageFacts('425/index.html', html), {
      route: '/425/',
      redirectTo: '/codes/425/',
      csp: "default-src 'self'; img-src 'self' data:",
      noindex: true,
    });
    assert.deepEqual(
      readPageFacts('codes/index.html', '<meta charset="utf-8"><meta name="robots" content="index, follow">'),
      { route: '/codes/', redirectTo: undefined, csp: undefined, noindex: false },
    );
  });

  it('reads only well-formed refresh values', () => {
    assert.equal(refreshTarget('0;URL=/a/'), '/a/');
    assert.equal(refreshTarget("5, url='/b/'"), '/b/');
    assert.equal(refreshTarget('30'), undefined);
  });
});

describe('the CSP header', () => {
  it("is the union of the pages' policies, in the order first met, plus the extra directives", () => {
    const merged = mergeCsp(
      [
        "default-src 'self'; script-src 'self' 'sha256-A'",
        "default-src 'self'; script-src 'self' 'sha256-B' 'sha256-A'",
      ],
      { 'frame-ancestors': ["'none'"] },
    );
    assert.equal(merged, "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; frame-ancestors 'none'");
  });

  it('reads directives case-insensitively and keeps the first of a repeated directive, as browsers do', () => {
    assert.deepEqual(
      [...parseCsp("Script-Src 'self';; script-src *; img-src data:")],
      [
        ['script-src', ["'self'"]],
        ['img-src', ['data:']],
      ],
    );
  });

  it('refuses policies with different directives, whose union would be stricter than one of them', () => {
    assert.throws(
      () => mergeCsp(["default-src 'self'", "default-src 'self'; style-src 'self'"]),
      /different directives/,
    );
  });

  it('is refused when no page carries a policy', () => {
    assert.throws(() => securityHeaders([page('/', { csp: undefined })]), /No built page carries a CSP/);
  });
});

describe('redirects', () => {
  const pages = [
    page('/codes/425/'),
    page('/compare/425-vs-426/', { noindex: true }),
    page('/compare/426-vs-425/', { redirectTo: '/compare/425-vs-426/', noindex: true }),
    page('/425/', { redirectTo: '/codes/425/', noindex: true }),
    page('/500', { redirectTo: '/codes/425/', noindex: true }),
  ];

  it('lists redirects to indexable pages first, then the built form of the rest, then their other slash form', () => {
    assert.deepEqual(redirectsOf(pages, { bothSlashForms: true }), [
      { from: '/425/', to: '/codes/425/' },
      { from: '/425', to: '/codes/425/' },
      { from: '/500', to: '/codes/425/' },
      { from: '/500/', to: '/codes/425/' },
      { from: '/compare/426-vs-425/', to: '/compare/425-vs-426/' },
      { from: '/compare/426-vs-425', to: '/compare/425-vs-426/' },
    ]);
  });

  it('lists one form per redirect when the host folds trailing slashes', () => {
    assert.deepEqual(
      redirectsOf(pages, { bothSlashForms: false }).map((r) => r.from),
      ['/425/', '/500', '/compare/426-vs-425/'],
    );
  });

  it('fails on a redirect to a page the build lacks, or one that would hide a real page', () => {
    assert.throws(
      () => redirectsOf([page('/425/', { redirectTo: '/codes/425/' })], { bothSlashForms: false }),
      /\/425\/ points to \/codes\/425\/, which the build does not contain/,
    );
    assert.throws(
      () => redirectsOf([page('/a/'), page('/a', { redirectTo: '/a/' })], { bothSlashForms: true }),
      /would hide the page \/a\//,
    );
  });
});

describe('content-addressed files', () => {
  const files = [
    '_astro/BaseLayout.DeId21Wi.css',
    '_astro/_pair_.CHDhvnqD.css',
    '_astro/SearchLoader.astro_astro_type_script_index_0_lang.CDUrzL6i.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind.en_d27be8f3c1.pf_meta',
    'pagefind/fragment/en_03c8f52.pf_fragment',
    'pagefind/index/en_1055176.pf_index',
    'pagefind/filter/en_9d8bfbb.pf_filter',
    'codes/425/index.html',
    'favicon.svg',
  ];

  it("are Astro's hashed assets and Pagefind's hashed chunks, not Pagefind's loader, entry or WebAssembly", () => {
    assert.deepEqual(files.filter(isContentAddressed), [
      files[0],
      files[1],
      files[2],
      files[7],
      files[8],
      files[9],
      files[10],
    ]);
  });

  it('are covered by one pattern per hashed folder and one path per hashed file elsewhere', () => {
    assert.deepEqual(immutablePaths(files), [
      '/_astro/*',
      '/pagefind/pagefind.en_d27be8f3c1.pf_meta',
      '/pagefind/filter/*',
      '/pagefind/fragment/*',
      '/pagefind/index/*',
    ]);
  });

  it('lose their folder pattern when an unhashed file joins them', () => {
    assert.deepEqual(immutablePaths(['_astro/a.DeId21Wi.css', '_astro/plain.css']), ['/_astro/a.DeId21Wi.css']);
  });
});

describe('the plan', () => {
  it("carries the security headers with frame-ancestors added to the pages' CSP", () => {
    const plan = hostingPlan([page('/')], ['index.html'], { bothSlashForms: true });
    assert.deepEqual(
      plan.headers.map(([name]) => name),
      ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'],
    );
    assert.equal(plan.headers[0]?.[1], "default-src 'self'; frame-ancestors 'none'");
    assert.deepEqual(plan.redirects, []);
    assert.deepEqual(plan.immutable, []);
  });
});
