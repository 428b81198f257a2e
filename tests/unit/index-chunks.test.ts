import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { laterChunkWords, lookupWords } from '../../src/lib/index-chunks.ts';

// First words of consecutive chunks, as Pagefind cuts them: "con" sorts into the chunk that
// starts at "co"; the words from "connecti" on and from "conso" on sit in later chunks.
const STARTS = ['a', 'co', 'connecti', 'conso', 'cop', 'd', 'data'];

describe('completing Pagefind prefix matches across index chunks', () => {
  it('names the later chunks whose words start with a typed prefix', () => {
    assert.deepEqual(laterChunkWords('con', STARTS), ['connecti', 'conso']);
    assert.deepEqual(laterChunkWords('conn', STARTS), ['connecti']);
  });

  it('adds nothing for a word whose own chunk holds every word starting with it', () => {
    assert.deepEqual(laterChunkWords('connection', STARTS), []);
    assert.deepEqual(laterChunkWords('data', STARTS), []);
  });

  it('covers every word of a query, not only the last one typed', () => {
    assert.deepEqual(laterChunkWords('da con', STARTS), ['data', 'connecti', 'conso']);
  });

  it('takes at most a dozen later chunks for a word, the first in word order (a one-letter word has more)', () => {
    const many = Array.from({ length: 20 }, (_, i) => `s${String.fromCharCode(97 + i)}`);
    assert.deepEqual(laterChunkWords('s', many), many.slice(0, 12));
    assert.deepEqual(laterChunkWords('c', STARTS), ['co', 'connecti', 'conso', 'cop']);
  });

  it('reads words as Pagefind does: lower case, punctuation dropped', () => {
    assert.deepEqual(lookupWords('Can’t open "DATA" connection.'), ['cant', 'open', 'data', 'connection']);
    assert.deepEqual(laterChunkWords('"Con', STARTS), ['connecti', 'conso']);
  });
});
