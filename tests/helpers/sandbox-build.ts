/**
 * Builds a copy of the project in a temporary folder, with its own content: the build tier
 * (broken fixtures, determinism) and the bench's scaled collection use it. Astro writes
 * `.astro/`, its cache and `dist/` under the project root, so building the checkout itself
 * with other content would leave that content's traces behind; a copy leaves none.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The checkout the copies are made from. */
export const ROOT = new URL('../../', import.meta.url).pathname;

/** What a copy builds from: the real content folders, except those given here as file name to text. */
export interface SandboxContent {
  /** content/codes/ instead of the real one. */
  codes?: Record<string, string>;
  /** content/guides/ instead of the real one (whose links need the real codes). */
  guides?: Record<string, string>;
}

/** The outcome of one build in a copy. */
export interface SandboxBuild {
  /** The build's exit status (null when it was killed). */
  status: number | null;
  /** stdout and stderr together. */
  output: string;
  /** The copy's dist/ folder. */
  dist: string;
  /** Wall-clock seconds the build took. */
  seconds: number;
}

/** What the site is built from: everything else in the checkout stays out of the copy. */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];
/** Caches that would be written through a symlink into the real node_modules/. */
const NODE_MODULES_CACHES = new Set(['.vite', '.astro', '.cache']);

/** Writes a copy of the project with the given content into a new temporary folder. */
export function sandboxProject(content: SandboxContent = {}, prefix = 'ftp-sandbox-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  // node_modules as a folder of links, one per package: packages resolve as usual, while
  // Vite's cache (node_modules/.vite) is created inside the copy.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!NODE_MODULES_CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const folders: [string, Record<string, string> | undefined][] = [
    ['codes', content.codes],
    ['guides', content.guides],
  ];
  for (const [folder, files] of folders) {
    if (files === undefined) continue;
    rmSync(join(dir, 'content', folder), { recursive: true, force: true });
    mkdirSync(join(dir, 'content', folder));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'content', folder, file), text);
  }
  return dir;
}

/** Runs `astro build` in a copy made by sandboxProject. */
export function buildSandbox(dir: string, env: NodeJS.ProcessEnv = {}): SandboxBuild {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 600_000,
  });
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    dist: join(dir, 'dist'),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Removes a copy. */
export function removeSandbox(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
