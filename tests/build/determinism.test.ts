/**
 * Two builds of the same sources are byte-identical, nothing excluded. Always: a collection
 * cut from the real one (every kind of page, tests/helpers/fixture-collection.ts) is built in
 * two copies of the project, at two different paths, and every file compared. With
 * DETERMINISM=full (CI sets it): the whole site is built once more in a copy and compared
 * with dist/, which costs a full build, so it is left out of local runs.
 */
import { describe, it, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSandbox, removeSandbox, sandboxProject, type SandboxContent } from '../helpers/sandbox-build.ts';
import { fixtureCollection } from '../helpers/fixture-collection.ts';
import { checkoutFootprint } from '../helpers/checkout-footprint.ts';
import { DIST } from '../helpers/site.ts';

const sandboxes: string[] = [];
let footprint: string[] = [];
before(() => {
  footprint = checkoutFootprint();
});
after(() => sandboxes.forEach(removeSandbox));

/** Every file under a folder, as sorted relative paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Builds `content` in a new copy of the project and returns its dist/. */
function build(content: SandboxContent, prefix: string): string {
  const dir = sandboxProject(content, prefix);
  sandboxes.push(dir);
  const run = buildSandbox(dir);
  assert.equal(run.status, 0, run.output.slice(-2000));
  return run.dist;
}

/** Asserts that two build outputs hold the same files, byte for byte. */
function assertSame(first: string, second: string): void {
  const a = files(first);
  assert.ok(a.length > 0, `${first} is empty`);
  assert.deepEqual(files(second), a, 'the two builds hold different files');
  const differ = a.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
  assert.deepEqual(differ.slice(0, 20), [], `${differ.length} files differ`);
}

describe('builds are deterministic', { concurrency: 1 }, () => {
  it('a cut of the collection, built in two copies at two paths, gives the same files byte for byte', () => {
    const content = fixtureCollection();
    const first = build(content, 'ftp-determinism-a-');
    assert.ok(
      files(first).some((f) => /^compare\/\d+-vs-\d+\/index\.html$/.test(f)) &&
        existsSync(join(first, 'guides/ftp-session/index.html')),
      'the cut builds comparisons and guides',
    );
    assertSame(first, build(content, 'ftp-determinism-b-'));
  });

  const full = process.env['DETERMINISM'] === 'full';
  it(
    'the whole site, built once more in a copy, gives exactly dist/',
    { skip: full ? false : 'set DETERMINISM=full (CI does) to rebuild the whole site' },
    () => {
      assert.ok(
        existsSync(join(DIST, 'index.html')),
        'no build in dist/: the full comparison runs after `npm run build`',
      );
      assertSame(DIST, build({}, 'ftp-determinism-full-'));
    },
  );

  it('leaves the checkout untouched', () => {
    assert.deepEqual(checkoutFootprint(), footprint);
  });
});
