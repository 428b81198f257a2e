import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allPairs, canonicalPair, pairKey, pairSlug, pairsOf, parsePairSlug } from '../../src/lib/pairs.ts';

describe('pairs', () => {
  it('makes n(n-1)/2 pairs, each lower code first, numerically', () => {
    const pairs = allPairs(['426', '10054', '425', '150']);
    assert.equal(pairs.length, 6);
    assert.deepEqual(pairs, [
      ['150', '425'],
      ['150', '426'],
      ['150', '10054'],
      ['425', '426'],
      ['425', '10054'],
      ['426', '10054'],
    ]);
  });

  it('ignores duplicates and gives no pair for one code', () => {
    assert.equal(allPairs(['425', '425']).length, 0);
    assert.equal(allPairs(Array.from({ length: 68 }, (_, i) => String(100 + i))).length, (68 * 67) / 2);
  });

  it('pairs any items by their codes, lower code first, keeping the items', () => {
    const items = [{ code: '10054' }, { code: '425' }, { code: '150' }];
    assert.deepEqual(
      pairsOf(items, (item) => item.code).map(([low, high]) => `${low.code} ${high.code}`),
      ['150 425', '150 10054', '425 10054'],
    );
    assert.equal(pairsOf(items, (item) => item.code)[0]?.[0], items[2]);
  });

  it('orders and keys a pair the same whichever way round', () => {
    assert.deepEqual(canonicalPair('550', '450'), ['450', '550']);
    assert.equal(pairKey('550', '450'), '450-vs-550');
    assert.equal(pairKey('450', '550'), '450-vs-550');
    assert.equal(pairSlug('550', '450'), '550-vs-450');
  });

  it('reads slugs back and rejects other shapes', () => {
    assert.deepEqual(parsePairSlug('425-vs-426'), { a: '425', b: '426' });
    assert.equal(parsePairSlug('425-426'), undefined);
    assert.equal(parsePairSlug('42-vs-426'), undefined);
  });
});
