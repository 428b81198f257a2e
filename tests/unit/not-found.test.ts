import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adviseNotFound } from '../../src/lib/not-found.ts';

const known = ['421', '425', '426', '550', '10060'];

describe('404 advice', () => {
  it('says nothing when the path holds no code', () => {
    assert.deepEqual(adviseNotFound('/guides/nope/', known), { kind: 'none' });
  });

  it('points to an existing code found in a wrong path', () => {
    assert.deepEqual(adviseNotFound('/code/425', known), { kind: 'exists', code: '425' });
  });

  it('explains why a code with first digit 7-9 cannot exist', () => {
    const advice = adviseNotFound('/codes/999/', known);
    assert.equal(advice.kind, 'unknown-code');
    assert.match(advice.kind === 'unknown-code' ? advice.reason : '', /start with a digit from 1 to 6/);
  });

  it('offers nearby codes for an unknown one', () => {
    const advice = adviseNotFound('/codes/427/', known);
    assert.deepEqual(advice.kind === 'unknown-code' ? advice.nearby : [], ['421', '425', '426']);
  });

  it('names the unknown code in a comparison path, not the known one', () => {
    const advice = adviseNotFound('/compare/425-vs-499/', known);
    assert.equal(advice.kind === 'unknown-code' ? advice.code : '', '499');
  });
});
