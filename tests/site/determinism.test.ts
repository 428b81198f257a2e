/**
 * Two builds of the same commit are byte-identical: a second build goes to a temporary
 * folder and every file is compared with dist/. Nothing is excluded.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST } from '../helpers/site.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

it('a second build produces exactly the same files, byte for byte', { timeout: 600_000 }, () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'ftp-rebuild-'));
  try {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT, env: { ...process.env, BUILD_SANDBOX: sandbox }, encoding: 'utf8', timeout: 540_000,
    });
    assert.equal(run.status, 0, run.stderr.slice(-2000));
    const second = join(sandbox, 'dist');
    const a = files(DIST);
    const b = files(second);
    assert.deepEqual(b, a, 'the two builds hold different files');
    const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))));
    assert.deepEqual(differ.slice(0, 20), [], `${differ.length} files differ`);
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
});
