/**
 * A malformed entry must stop the real build with a message naming the file and the field.
 * Each case builds the site from a temporary folder holding one good and one bad entry.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const MODEL = readFileSync(join(ROOT, 'content/codes/425.mdx'), 'utf8').replace(/\nrelated:\n[\s\S]*?\n---\n/, '\n---\n');

let sandbox = '';
before(() => { sandbox = mkdtempSync(join(tmpdir(), 'ftp-build-')); });
after(() => rmSync(sandbox, { recursive: true, force: true }));

/** Builds the site from the given files and returns the exit status and all output. */
function buildWith(name: string, files: Record<string, string>): { status: number | null; output: string } {
  const codes = join(sandbox, name, 'codes');
  mkdirSync(codes, { recursive: true });
  mkdirSync(join(sandbox, name, 'guides'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(codes, file), text);
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, CODES_DIR: codes, GUIDES_DIR: join(sandbox, name, 'guides'), BUILD_SANDBOX: join(sandbox, name), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('the build stops on bad content', { concurrency: 1 }, () => {
  it('builds the good model entry', () => {
    const { status, output } = buildWith('good', { '425.mdx': MODEL });
    assert.equal(status, 0, output.slice(-2000));
  });

  it('names the file and an unknown key', () => {
    const { status, output } = buildWith('unknown-key', { '425.mdx': MODEL.replace('kind: standard', 'kind: standard\ncolour: red') });
    assert.notEqual(status, 0);
    assert.match(output, /425\.mdx/);
    assert.match(output, /colour/);
  });

  it('names the file and a missing field', () => {
    const { status, output } = buildWith('missing-field', { '425.mdx': MODEL.replace(/^summary: .*\n/m, '') });
    assert.notEqual(status, 0);
    assert.match(output, /425\.mdx/);
    assert.match(output, /summary/);
  });

  it('names the file when the code does not match the file name', () => {
    const { status, output } = buildWith('mismatch', { '425.mdx': MODEL, '426.mdx': MODEL });
    assert.notEqual(status, 0);
    assert.match(output, /content\/codes\/426\.mdx: field "code" is "425" but the file name says "426"/);
  });

  it('names the file and field of a related code that does not exist', () => {
    const bad = MODEL.replace('\n---\n', '\nrelated:\n  - { code: "499", note: a code nobody defines }\n---\n');
    const { status, output } = buildWith('dangling', { '425.mdx': bad });
    assert.notEqual(status, 0);
    assert.match(output, /content\/codes\/425\.mdx: field "related\[0\]\.code" names 499/);
  });
});
