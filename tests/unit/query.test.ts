import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exactCode } from '../../src/scripts/search/query.ts';

describe('exactCode', () => {
  const codes = new Set(['425', '10060']);
  it('recognises a bare known code, with spaces or an "FTP" prefix', () => {
    assert.equal(exactCode('425', codes), '425');
    assert.equal(exactCode('  425 ', codes), '425');
    assert.equal(exactCode('FTP 425', codes), '425');
    assert.equal(exactCode('10060', codes), '10060');
  });
  it('ignores unknown codes and anything more than a code', () => {
    assert.equal(exactCode('426', codes), undefined);
    assert.equal(exactCode('425 vs 426', codes), undefined);
    assert.equal(exactCode('425 error', codes), undefined);
  });
});
