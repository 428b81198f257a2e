/**
 * Reads the word ranges of Pagefind's index chunks from its metadata file
 * (`pagefind/pagefind.<hash>.pf_meta`): gzip around the marker `pagefind_dcd` and one CBOR
 * array, whose third item lists each chunk as [first word, last word, file hash]
 * (Pagefind 1.x, `MetaIndex` in its source). Anything else throws, naming what differed.
 */
import { gunzipSync } from 'node:zlib';
import { decodeCbor } from './cbor.ts';

/** The marker Pagefind puts before the CBOR of its files. */
const MARKER = 'pagefind_dcd';

/** One index chunk: the words it holds sort from `from` to `to` (both cut to the shortest distinct prefix). */
export interface IndexChunkRange {
  from: string;
  to: string;
  hash: string;
}

/** The chunk ranges of a pf_meta file's bytes, in the order Pagefind wrote them (sorted by word). */
export function indexChunkRanges(file: Uint8Array): IndexChunkRange[] {
  const raw = gunzipSync(file);
  if (raw.subarray(0, MARKER.length).toString('latin1') !== MARKER)
    throw new Error(`pf_meta: expected the marker ${MARKER} after gunzip`);
  const meta = decodeCbor(raw.subarray(MARKER.length));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks)) throw new Error('pf_meta: expected an array whose third item lists the index chunks');
  return chunks.map((chunk, i) => {
    if (!Array.isArray(chunk) || chunk.length !== 3 || !chunk.every((part) => typeof part === 'string'))
      throw new Error(`pf_meta: index chunk ${i} is not [from, to, hash] strings`);
    const [from, to, hash] = chunk as [string, string, string];
    return { from, to, hash };
  });
}
