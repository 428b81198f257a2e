/**
 * A malformed entry must stop the real build with a message naming the file and the field.
 * Each case builds a copy of the project (tests/helpers/sandbox-build.ts) holding one good
 * and one bad entry and no guides (theirs link codes the copy lacks); the checkout itself is
 * left exactly as it was.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildSandbox, removeSandbox, sandboxProject } from '../helpers/sandbox-build.ts';
import { fixtureCollection } from '../helpers/fixture-collection.ts';
import { checkoutFootprint } from '../helpers/checkout-footprint.ts';

/** The model entry, 425, with its links to other codes removed: it is the collection's only entry. */
const MODEL = fixtureCollection(['425']).codes['425.mdx'] as string;

const sandboxes: string[] = [];
let footprint: string[] = [];
before(() => {
  footprint = checkoutFootprint();
});
after(() => sandboxes.forEach(removeSandbox));

/** Builds a copy of the site whose codes collection is exactly `files`. */
function buildWith(files: Record<string, string>): { status: number | null; output: string } {
  const dir = sandboxProject({ codes: files, guides: {} }, 'ftp-build-error-');
  sandboxes.push(dir);
  return buildSandbox(dir);
}

describe('the build stops on bad content', { concurrency: 1 }, () => {
  it('builds the good model entry', () => {
    const { status, output } = buildWith({ '425.mdx': MODEL });
    assert.equal(status, 0, output.slice(-2000));
  });

  it('names the file and an unknown key', () => {
    const { status, output } = buildWith({ '425.mdx': MODEL.replace('kind: standard', 'kind: standard\ncolour: red') });
    assert.notEqual(status, 0);
    assert.match(output, /425\.mdx/);
    assert.match(output, /colour/);
  });

  it('names the file and a missing field', () => {
    const { status, output } = buildWith({ '425.mdx': MODEL.replace(/^summary: .*\n/m, '') });
    assert.notEqual(status, 0);
    assert.match(output, /425\.mdx/);
    assert.match(output, /summary/);
  });

  it('names the file when the code does not match the file name', () => {
    const { status, output } = buildWith({ '425.mdx': MODEL, '426.mdx': MODEL });
    assert.notEqual(status, 0);
    assert.match(output, /content\/codes\/426\.mdx: field "code" is "425" but the file name says "426"/);
  });

  it('names the file and field of a related code that does not exist', () => {
    const bad = MODEL.replace('\n---\n', '\nrelated:\n  - { code: "499", note: a code nobody defines }\n---\n');
    const { status, output } = buildWith({ '425.mdx': bad });
    assert.notEqual(status, 0);
    assert.match(output, /content\/codes\/425\.mdx: field "related\[0\]\.code" names 499/);
  });

  it("leaves the checkout untouched: .astro/, dist/, Vite's cache and the top-level names", () => {
    assert.deepEqual(checkoutFootprint(), footprint);
  });
});
