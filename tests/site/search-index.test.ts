/**
 * The search index as the build writes it: cut into small chunks (src/integrations/pagefind.ts
 * sets Pagefind's chunk size through a variable Pagefind calls unstable, so a Pagefind that
 * ignores it fails here), and the list of chunks that the search box reads (src/lib/index-chunks.ts)
 * matches the index, as does the table of result heads (src/lib/result-heads.ts).
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/site.ts';
import { indexChunkRanges } from '../../src/integrations/pagefind-meta.ts';
import { indexChunksUrl, pagefindWasmUrl, resultHeadsUrl } from '../../src/lib/urls.ts';
import { readFragment } from '../../src/integrations/result-heads.ts';
import type { ResultHeads } from '../../src/lib/result-heads.ts';
import { lookupWords, type ChunkEntry } from '../../src/lib/index-chunks.ts';

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

it(`${indexChunksUrl()} lists the chunks in order, each with a word that makes Pagefind fetch it`, () => {
  const entries = JSON.parse(readFileSync(join(DIST, indexChunksUrl()), 'utf8')) as ChunkEntry[];
  const firsts = ranges.map((r) => r.from);
  // Every chunk but those whose first and last words both keep punctuation Pagefind drops from queries.
  assert.ok(entries.length >= ranges.length - 2, `${entries.length} of ${ranges.length} chunks listed`);
  const wrong = entries.filter(([first, probe]) => {
    const at = firsts.indexOf(first);
    const word = probe ?? first;
    const range = ranges[at];
    // The word must be asked for as it is, and fall inside this chunk's range and no other.
    return range === undefined || lookupWords(word).join(' ') !== word || word < range.from || word > range.to;
  });
  assert.deepEqual(wrong, []);
  assert.deepEqual(
    entries.map(([first]) => first),
    firsts.filter((first) => entries.some(([f]) => f === first)),
  );
});

it(`${resultHeadsUrl()} holds the head of every indexed page, as its fragment has it`, () => {
  const heads = JSON.parse(readFileSync(join(DIST, resultHeadsUrl()), 'utf8')) as ResultHeads;
  const fragments = readdirSync(join(pagefindDir, 'fragment'));
  assert.deepEqual(Object.keys(heads).sort(), fragments.map((name) => name.replace(/\.pf_fragment$/, '')).sort());
  const wrong = fragments.flatMap((name) => {
    const fragment = readFragment(name, readFileSync(join(pagefindDir, 'fragment', name)));
    const head = heads[name.replace(/\.pf_fragment$/, '')];
    const title = head?.meta.label ?? head?.meta.title;
    return head?.url === fragment.url &&
      title !== undefined &&
      title === (fragment.meta['label'] ?? fragment.meta['title'])
      ? []
      : [`${name}: ${JSON.stringify(head)}`];
  });
  assert.deepEqual(wrong, []);
});

it(`the search box preloads the WebAssembly Pagefind fetches (${pagefindWasmUrl()})`, () => {
  // The entry file names the WebAssembly of each language; a Pagefind that renames it fails here.
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  const named = Object.values(entry.languages).map((l) => `/pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`);
  assert.deepEqual(named, [pagefindWasmUrl()]);
  assert.ok(statSync(join(DIST, pagefindWasmUrl())).size > 10_000);
});
