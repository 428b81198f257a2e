import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isIndexableHtml, isSearchableHtml } from '../../src/integrations/indexable.ts';
import { searchBody } from '../../src/lib/search-body.ts';

const page = (head: string, main: string): string =>
  `<!doctype html><html><head>${head}</head><body><main ${main}><h1>x</h1></main></body></html>`;

describe('which built pages the sitemap and the site search list', () => {
  it('a page with a search body and no robots meta is searchable and indexable', () => {
    const html = page('<title>x</title>', 'data-pagefind-body');
    assert.equal(isIndexableHtml(html), true);
    assert.equal(isSearchableHtml(html), true);
  });

  it('a noindex page stays out of search even with a search body (uncurated comparisons)', () => {
    const html = page('<meta name="robots" content="noindex" />', 'data-pagefind-body');
    assert.equal(isIndexableHtml(html), false);
    assert.equal(isSearchableHtml(html), false);
  });

  it('a page without a search body is not searchable', () => {
    assert.equal(isSearchableHtml(page('', 'id="content"')), false);
  });

  it('the attributes searchBody gives <main> make a page searchable, an index page with its weight', () => {
    const attributes = (attrs: Record<string, string>): string =>
      Object.entries(attrs)
        .map(([name, value]) => `${name}="${value}"`)
        .join(' ');
    assert.equal(isSearchableHtml(page('', attributes(searchBody()))), true);
    assert.deepEqual(searchBody(), { 'data-pagefind-body': '' });
    assert.deepEqual(searchBody(0.3), { 'data-pagefind-body': '', 'data-pagefind-weight': '0.3' });
  });
});
