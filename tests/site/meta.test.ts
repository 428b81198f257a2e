/** Every page has one h1, a title, its own meta description, a canonical URL, lang and Open Graph tags; the sitemap lists exactly the indexable pages. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPages, builtPages, DIST } from '../helpers/site.ts';
import { notFoundFile, notFoundUrl } from '../../src/lib/urls.ts';
import { siteUrl } from '../../src/lib/site.ts';

const SITE = siteUrl().origin;

it('every content page has lang, one h1, a title, a description, a canonical and Open Graph tags', () => {
  const problems: string[] = [];
  for (const page of contentPages()) {
    const head = (selector: string, attr = 'content'): string =>
      page.root.querySelector(selector)?.getAttribute(attr)?.trim() ?? '';
    if (page.root.querySelector('html')?.getAttribute('lang') !== 'en') problems.push(`${page.path}: lang`);
    const h1s = page.root.querySelectorAll('h1').length;
    if (h1s !== 1) problems.push(`${page.path}: ${h1s} h1 elements`);
    if ((page.root.querySelector('title')?.text.trim() ?? '') === '') problems.push(`${page.path}: title`);
    if (head('meta[name="description"]').length < 30) problems.push(`${page.path}: meta description`);
    if (head('meta[property="og:title"]') === '') problems.push(`${page.path}: og:title`);
    if (head('meta[property="og:description"]') === '') problems.push(`${page.path}: og:description`);
    const canonical = head('link[rel="canonical"]', 'href');
    const expected = page.path === notFoundFile() ? `${SITE}${notFoundUrl()}` : `${SITE}${page.path}`;
    if (canonical !== expected) problems.push(`${page.path}: canonical ${canonical}`);
  }
  assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems`);
});

it('no two indexable pages share a meta description or a title', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const page of contentPages().filter((p) => !p.noindex)) {
    for (const value of [
      page.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      page.root.querySelector('title')?.text ?? '',
    ]) {
      const other = seen.get(value);
      if (other !== undefined) clashes.push(`${page.path} and ${other}: "${value.slice(0, 60)}"`);
      seen.set(value, page.path);
    }
  }
  assert.deepEqual(clashes.slice(0, 20), []);
});

it('the sitemap lists every indexable page and nothing else', () => {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1] as string);
  assert.ok(files.length > 0, 'the sitemap index names no sitemap');
  const listed = files
    .flatMap((f) =>
      [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
        (m[1] as string).replace(SITE, ''),
      ),
    )
    .sort();
  const indexable = builtPages()
    .filter((p) => !p.redirect && !p.noindex && p.path.endsWith('/'))
    .map((p) => p.path)
    .sort();
  assert.deepEqual(listed, indexable);
});
