/** The bench's measure of how much of a comparison is about its pair, on hand-made pages. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { pageUnits, pairSpecificShares, readableUnits } from '../helpers/pair-specific.ts';
import type { BuiltPage } from '../helpers/site.ts';

const page = (path: string, main: string): BuiltPage => {
  const html = `<html><body><nav><p>Skip me.</p></nav><main>${main}</main></body></html>`;
  return { path, file: path, html, root: parse(html), redirect: false, noindex: true };
};

describe('readableUnits', () => {
  it('splits prose into sentences and transcripts into lines, and skips navigation', () => {
    const main = page(
      '/x/',
      '<h2>Title</h2><p>One sentence. Two sentences.</p><pre><code>C: LIST\nS: 226 Done.</code></pre>',
    ).root.querySelector('main')!;
    assert.deepEqual(readableUnits(main), ['Title', 'One sentence.', 'Two sentences.', 'C: LIST', 'S: 226 Done.']);
  });
});

describe('pairSpecificShares', () => {
  it('counts neither text copied from a code page nor text repeated on many comparisons', () => {
    const boiler = '<h2>At a glance</h2>';
    const codes = {
      '1': page('/codes/1/', '<p>Copied summary of one.</p>'),
      '2': page('/codes/2/', '<p>Copied summary of two.</p>'),
    };
    const comparisons = [
      page('/compare/1-vs-2/', `${boiler}<p>Copied summary of one.</p><p>Only this page says this.</p>`),
      ...['3', '4', '5', '6', '7'].map((n) => page(`/compare/1-vs-${n}/`, `${boiler}<p>Pair ${n} alone.</p>`)),
    ];
    const shares = pairSpecificShares(comparisons, (code) => pageUnits(codes[code as '1' | '2']));
    const only = 'Only this page says this.'.length;
    assert.equal(
      shares.get('/compare/1-vs-2/'),
      only / ('At a glance'.length + 'Copied summary of one.'.length + only),
    );
    assert.ok(
      (shares.get('/compare/1-vs-3/') ?? 0) > 0.5,
      'a heading on every page is boilerplate, the rest is specific',
    );
  });
});
