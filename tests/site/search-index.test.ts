/**
 * The search index as the build writes it: cut into small chunks (src/integrations/pagefind.ts
 * sets Pagefind's chunk size through a variable Pagefind calls unstable, so a Pagefind that
 * ignores it fails here), and the list of each chunk's first word that the search box reads
 * (src/lib/index-chunks.ts) matches the index.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/site.ts';
import { indexChunkRanges } from '../../src/integrations/pagefind-meta.ts';
import { indexChunksUrl } from '../../src/lib/urls.ts';

const pagefindDir = join(DIST, 'pagefind');
const chunkSizes = readdirSync(join(pagefindDir, 'index')).map(
  (name) => statSync(join(pagefindDir, 'index', name)).size,
);
const metaFile = readdirSync(pagefindDir).find((name) => name.endsWith('.pf_meta')) as string;
const ranges = indexChunkRanges(readFileSync(join(pagefindDir, metaFile)));

it('the index is cut into small chunks (median at most 4 KB; Pagefind’s default makes about 26 KB)', () => {
  const sorted = [...chunkSizes].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  assert.ok(median <= 4096, `median index chunk ${median} bytes over ${chunkSizes.length} chunks`);
});

it('the metadata lists every chunk file, in word order', () => {
  assert.equal(ranges.length, chunkSizes.length);
  const files = new Set(readdirSync(join(pagefindDir, 'index')).map((name) => name.replace(/\.pf_index$/, '')));
  assert.deepEqual(
    ranges.filter((r) => !files.has(r.hash)),
    [],
  );
  const outOfOrder = ranges.filter((r, i) => i > 0 && !((ranges[i - 1] as { to: string }).to < r.from));
  assert.deepEqual(outOfOrder, []);
});

it(`${indexChunksUrl()} holds the first word of every chunk, in order`, () => {
  const starts = JSON.parse(readFileSync(join(DIST, indexChunksUrl()), 'utf8')) as string[];
  assert.deepEqual(
    starts,
    ranges.map((r) => r.from),
  );
});
