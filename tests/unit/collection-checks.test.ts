import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCollection, checkCollection } from '../../src/lib/collection-checks.ts';

const entry = (id: string, code = id, related: string[] = []) => ({
  id,
  data: { code, related: related.map((c) => ({ code: c })) },
});

describe('collection checks', () => {
  it('accepts a consistent collection', () => {
    assert.deepEqual(checkCollection([entry('425', '425', ['426']), entry('426')]), []);
  });

  it('names the file and field when the code differs from the file name', () => {
    assert.deepEqual(checkCollection([entry('426', '425')]), [
      'content/codes/426.mdx: field "code" is "425" but the file name says "426"',
    ]);
  });

  it('reports a duplicate code', () => {
    const problems = checkCollection([entry('425'), entry('426', '425')]);
    assert.ok(
      problems.includes('content/codes/426.mdx: field "code" duplicates content/codes/425.mdx (both are 425)'),
      problems.join(' | '),
    );
  });

  it('reports a related code that does not exist, a self-reference and a repeat', () => {
    assert.deepEqual(checkCollection([entry('425', '425', ['999', '425', '999'])]), [
      'content/codes/425.mdx: field "related[0].code" names 999, which has no entry in content/codes/',
      'content/codes/425.mdx: field "related[1].code" names the entry itself',
      'content/codes/425.mdx: field "related[2].code" names 999, which has no entry in content/codes/',
      'content/codes/425.mdx: field "related[2].code" lists 999 twice',
    ]);
  });

  it('throws one error listing every problem', () => {
    assert.throws(
      () => assertCollection([entry('426', '425', ['999'])]),
      /426\.mdx: field "code"[\s\S]*related\[0\]\.code/,
    );
  });
});
