import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tocEntries, withoutTocMarks } from '../../src/lib/toc.ts';

const html = [
  '<h1>425 Can&#39;t open data connection</h1>',
  '<h2 id="meaning" data-toc="What it means">What 425 means <a href="#meaning">#</a></h2>',
  '<p data-toc="not a heading">text</p>',
  '<h3 id="client-user">As the client user</h3>',
  '<h2 id="retry" data-toc="Retry?">Retry after 425?</h2>',
  '<h2 data-toc="no id">A heading without an id</h2>',
  '<h2 id="tools" data-toc="Tools &amp; &quot;servers&quot;">What tools print</h2>',
].join('\n');

describe('table of contents from the headings', () => {
  it('lists the marked headings that have an id, in order, with their labels decoded', () => {
    assert.deepEqual(tocEntries(html), [
      { id: 'meaning', label: 'What it means' },
      { id: 'retry', label: 'Retry?' },
      { id: 'tools', label: 'Tools & "servers"' },
    ]);
  });

  it('takes the marks off the headings and leaves everything else as it was', () => {
    const clean = withoutTocMarks(html);
    assert.ok(!/<h2[^>]*data-toc/.test(clean), clean);
    assert.ok(clean.includes('<h2 id="meaning">What 425 means <a href="#meaning">#</a></h2>'));
    assert.ok(clean.includes('<p data-toc="not a heading">text</p>'));
    assert.equal(
      clean.length,
      html.length -
        ' data-toc="What it means"'.length -
        ' data-toc="Retry?"'.length -
        ' data-toc="no id"'.length -
        ' data-toc="Tools &amp; &quot;servers&quot;"'.length,
    );
  });

  it('finds nothing in a page without marks', () => {
    assert.deepEqual(tocEntries('<h2 id="a">A</h2>'), []);
  });
});
