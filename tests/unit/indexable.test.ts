import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isIndexableHtml, isSearchableHtml } from '../../src/integrations/indexable.ts';

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
});
