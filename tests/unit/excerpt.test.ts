import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tidyExcerpt } from '../../src/scripts/search/render.ts';

describe('tidyExcerpt', () => {
  it('closes the gaps Pagefind leaves around weighted numbers', () => {
    assert.equal(
      tidyExcerpt('a security requirement ( 522 ); otherwise 425 , and then 426 .'),
      'a security requirement (522); otherwise 425, and then 426.',
    );
    assert.equal(tidyExcerpt('points to <mark>425</mark> ; a transfer'), 'points to <mark>425</mark>; a transfer');
  });
  it('leaves ordinary text alone', () => {
    assert.equal(
      tidyExcerpt('Entering Passive Mode (192,0,2,10,195,80). Then: LIST'),
      'Entering Passive Mode (192,0,2,10,195,80). Then: LIST',
    );
  });
});
