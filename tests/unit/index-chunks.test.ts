import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chunkEntries, laterChunkWords, lookupWords, type ChunkEntry } from '../../src/lib/index-chunks.ts';

// Consecutive chunks, as Pagefind cuts them: "con" sorts into the chunk that starts at "co";
// the words from "connecti" on and from "conso" on sit in later chunks.
const CHUNKS: ChunkEntry[] = [['a'], ['co'], ['connecti'], ['conso'], ['cop'], ['d'], ['data']];

describe('completing Pagefind prefix matches across index chunks', () => {
  it('names the later chunks whose words start with a typed prefix', () => {
    assert.deepEqual(laterChunkWords('con', CHUNKS), ['connecti', 'conso']);
    assert.deepEqual(laterChunkWords('conn', CHUNKS), ['connecti']);
  });

  it('adds nothing for a word whose own chunk holds every word starting with it', () => {
    assert.deepEqual(laterChunkWords('connection', CHUNKS), []);
    assert.deepEqual(laterChunkWords('data', CHUNKS), []);
  });

  it('covers every word of a query, not only the last one typed', () => {
    assert.deepEqual(laterChunkWords('da con', CHUNKS), ['data', 'connecti', 'conso']);
  });

  it('for a one-letter word, names every later chunk of that letter', () => {
    assert.deepEqual(laterChunkWords('c', CHUNKS), ['co', 'connecti', 'conso', 'cop']);
  });

  it('reads words as Pagefind does: lower case, punctuation dropped', () => {
    assert.deepEqual(lookupWords('Can’t open "DATA" connection.'), ['cant', 'open', 'data', 'connection']);
    assert.deepEqual(laterChunkWords('"Con', CHUNKS), ['connecti', 'conso']);
  });

  it('asks for a chunk by its probe when its first word keeps a quote Pagefind drops from queries', () => {
    const chunks: ChunkEntry[] = [['off'], ['okay”', 'on'], ['onc']];
    assert.deepEqual(laterChunkWords('okay', chunks), ['on']);
  });
});

describe('the chunk list the build writes', () => {
  it('keeps a first word that can be asked for, else the last word as probe, else leaves the chunk out', () => {
    assert.deepEqual(
      chunkEntries([
        { from: 'off', to: 'okay' },
        { from: 'okay”', to: 'on' },
        { from: 'zilla’', to: '”' },
      ]),
      [['off'], ['okay”', 'on']],
    );
  });
});
