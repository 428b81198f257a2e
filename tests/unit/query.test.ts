import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exactCode, exactPair, fullTextQuery, typedFullTextQuery } from '../../src/scripts/search/query.ts';

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

describe('exactPair', () => {
  const codes = new Set(['425', '426', '10060']);
  it('reads the ways people ask for a comparison, in the order typed', () => {
    for (const query of [
      '425 vs 426',
      '425 vs. 426',
      '425 VS 426',
      '425 426',
      '425 and 426',
      '425 or 426',
      '425/426',
      '425-426',
      'ftp 425 vs ftp 426',
      'difference between 425 and 426',
      'What is the difference between 425 and 426?',
      '425 versus 426',
      '425 compared to 426',
    ]) {
      assert.deepEqual(exactPair(query, codes), ['425', '426'], query);
    }
    assert.deepEqual(exactPair('426 vs 425', codes), ['426', '425']);
    assert.deepEqual(exactPair('10060 vs 425', codes), ['10060', '425']);
  });
  it('ignores unknown codes, a code paired with itself, and longer queries', () => {
    assert.equal(exactPair('425 vs 427', codes), undefined);
    assert.equal(exactPair('425 vs 425', codes), undefined);
    assert.equal(exactPair('425', codes), undefined);
    assert.equal(exactPair('425 vs 426 passive mode', codes), undefined);
    assert.equal(exactPair('425 4', codes), undefined);
  });
});

describe('fullTextQuery', () => {
  it('drops the filler of a question, which would shut out the page that answers it', () => {
    assert.equal(fullTextQuery('What is the difference between FTP, FTPS and SFTP?'), 'difference FTP, FTPS SFTP?');
    assert.equal(
      fullTextQuery('why does the directory listing hang after login'),
      'directory listing hang after login',
    );
  });
  it('drops "vs", which the code pages of a pair do not contain', () => {
    assert.equal(fullTextQuery('425 vs 426'), '425 426');
    assert.equal(fullTextQuery('active versus passive'), 'active passive');
  });

  it('keeps a query of filler alone, and a quoted phrase as typed', () => {
    assert.equal(fullTextQuery('what is it'), 'what is it');
    assert.equal(fullTextQuery('"not logged in"'), '"not logged in"');
    assert.equal(fullTextQuery('Not logged in'), 'Not logged');
  });
});

describe('typedFullTextQuery', () => {
  it('leaves out a last word of one letter, still being typed', () => {
    assert.equal(typedFullTextQuery('too many c'), 'too many');
    assert.equal(typedFullTextQuery('p'), '');
    assert.equal(typedFullTextQuery('why does the directory listing h'), 'directory listing');
  });

  it('keeps longer last words, and a quoted phrase as typed', () => {
    assert.equal(typedFullTextQuery('too many co'), 'too many co');
    assert.equal(typedFullTextQuery('"port 2"'), '"port 2"');
    assert.equal(typedFullTextQuery('550'), '550');
  });
});
