import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  classOf,
  classTone,
  compareCodes,
  finalityOf,
  groupOf,
  isReplyCode,
  isSocketError,
  retryVerdictOf,
  toneOf,
} from '../../src/lib/reply-code.ts';

describe('reply-code', () => {
  it('recognises reply codes and socket errors', () => {
    assert.equal(isReplyCode('425'), true);
    assert.equal(isReplyCode('633'), true);
    assert.equal(isReplyCode('725'), false);
    assert.equal(isReplyCode('42'), false);
    assert.equal(isReplyCode('4255'), false);
    assert.equal(isSocketError('10060'), true);
    assert.equal(isSocketError('425'), false);
    assert.equal(isSocketError('99999'), false);
  });

  it('derives the class from the first digit and the group from the second', () => {
    assert.equal(classOf('150'), '1');
    assert.equal(classOf('550'), '5');
    assert.equal(classOf('10054'), undefined);
    assert.equal(groupOf('425'), '2');
    assert.equal(groupOf('257'), '5');
    assert.equal(groupOf('10054'), undefined);
    assert.equal(groupOf('190'), undefined, 'x9x is no group');
    assert.equal(groupOf('631'), undefined, 'a 6yz protected reply belongs to no function group (RFC 2228 5.2)');
    assert.equal(groupOf('534'), '3', 'RFC 2228 security refusals sit in the authentication group');
  });

  it('gives each class its colour, and socket errors and anything else their own', () => {
    assert.equal(toneOf('425'), 'c4');
    assert.equal(toneOf('150'), 'c1');
    assert.equal(toneOf('10060'), 'cs');
    assert.equal(toneOf('RETR'), 'cs');
    assert.equal(classTone('6'), 'c6');
    assert.equal(classTone(undefined), 'cs');
  });

  it('says which replies are preliminary, intermediate and final', () => {
    assert.equal(finalityOf('150'), 'preliminary');
    assert.equal(finalityOf('331'), 'intermediate');
    assert.equal(finalityOf('226'), 'final');
    assert.equal(finalityOf('530'), 'final');
    assert.equal(finalityOf('631'), undefined);
  });

  it('derives the retry verdict from the class alone', () => {
    assert.deepEqual(['125', '200', '350', '421', '550', '632', '10061'].map(retryVerdictOf), [
      'wait',
      'done',
      'continue',
      'transient',
      'permanent',
      'protected',
      'network',
    ]);
  });

  it('orders codes numerically', () => {
    assert.deepEqual(['10054', '550', '125', '633', '10060', '200'].sort(compareCodes), [
      '125',
      '200',
      '550',
      '633',
      '10054',
      '10060',
    ]);
  });
});
