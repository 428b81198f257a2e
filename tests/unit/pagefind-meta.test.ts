import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { decodeCbor } from '../../src/integrations/cbor.ts';
import { indexChunkRanges } from '../../src/integrations/pagefind-meta.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));

/** A CBOR text string or array of them, encoded by hand (short items only) for the fixtures below. */
function encode(value: string | number | unknown[]): number[] {
  if (typeof value === 'number') return value < 24 ? [value] : [0x18, value];
  if (typeof value === 'string') {
    const bytes = [...Buffer.from(value, 'utf8')];
    return [0x60 + bytes.length, ...bytes];
  }
  return [0x80 + value.length, ...value.flatMap((v) => encode(v as string | number | unknown[]))];
}

/** A pf_meta file as Pagefind writes it: gzip around the marker and the CBOR. */
const metaFile = (meta: unknown[]): Uint8Array =>
  gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(meta))]));

describe('the CBOR decoder', () => {
  it('reads the examples of RFC 8949 Appendix A that Pagefind can write', () => {
    assert.equal(decodeCbor(hex('00')), 0);
    assert.equal(decodeCbor(hex('17')), 23);
    assert.equal(decodeCbor(hex('1818')), 24);
    assert.equal(decodeCbor(hex('190100')), 256);
    assert.equal(decodeCbor(hex('1a000f4240')), 1000000);
    assert.equal(decodeCbor(hex('20')), -1);
    assert.equal(decodeCbor(hex('3863')), -100);
    assert.equal(decodeCbor(hex('6161')), 'a');
    assert.equal(decodeCbor(hex('62c3bc')), 'ü');
    assert.deepEqual(decodeCbor(hex('83010203')), [1, 2, 3]);
    assert.deepEqual(decodeCbor(hex('8301820203820405')), [1, [2, 3], [4, 5]]);
    assert.deepEqual(
      decodeCbor(hex('a201020304')),
      new Map([
        [1, 2],
        [3, 4],
      ]),
    );
    assert.equal(decodeCbor(hex('f4')), false);
    assert.equal(decodeCbor(hex('f6')), null);
  });

  it('refuses what it does not read rather than guessing', () => {
    assert.throws(() => decodeCbor(hex('9fff')), /not supported/); // indefinite-length array
    assert.throws(() => decodeCbor(hex('f93c00')), /not supported/); // half-precision float
    assert.throws(() => decodeCbor(hex('c074')), /not supported/); // a tag
    assert.throws(() => decodeCbor(hex('0000')), /left after/);
    assert.throws(() => decodeCbor(hex('8301')), /ends before/);
    assert.throws(() => decodeCbor(hex('636162')), /ends inside/);
  });
});

describe("reading the index chunks from Pagefind's metadata file", () => {
  it('lists each chunk as its word range and file', () => {
    const file = metaFile([
      '1.6.0',
      [['en_1', 10, '']],
      [
        ['a', 'conn', 'en_aaa'],
        ['conne', 'zz', 'en_bbb'],
      ],
      [],
      [],
      [],
    ]);
    assert.deepEqual(indexChunkRanges(file), [
      { from: 'a', to: 'conn', hash: 'en_aaa' },
      { from: 'conne', to: 'zz', hash: 'en_bbb' },
    ]);
  });

  it('fails, saying what differed, on a file of another shape', () => {
    assert.throws(() => indexChunkRanges(gzipSync(Buffer.from('something else'))), /marker/);
    assert.throws(() => indexChunkRanges(metaFile(['1.6.0', []])), /third item/);
    assert.throws(() => indexChunkRanges(metaFile(['1.6.0', [], [['a', 'b']]])), /chunk 0/);
  });
});
