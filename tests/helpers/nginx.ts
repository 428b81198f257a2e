/**
 * Runs the generated dist/nginx.conf in a real nginx for the hosting tests: on a free
 * loopback port, with its own prefix, pid, log and temp paths in a temporary folder, in
 * the foreground as a child of the test, stopped by its PID with bounded waits.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNginx } from '../../scripts/ensure-nginx.ts';
import { DIST } from './site.ts';

/** A running nginx. */
export interface RunningNginx {
  /** e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** Stops nginx and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Why the hosting tests must be skipped here, or undefined when they can run. With
 * REQUIRE_NGINX=1 (CI sets it) they never skip: a missing nginx then fails them.
 */
export function whyNoNginx(): string | undefined {
  if (findNginx() !== undefined || process.env['REQUIRE_NGINX'] === '1') return undefined;
  return "nginx is not installed. `npm test` installs Debian's package when run as root on Debian; elsewhere install nginx to run these tests.";
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Replaces the one line that matches, or throws: the test must run the file the build wrote. */
function replaceLine(text: string, pattern: RegExp, replacement: string): string {
  const count = text.match(new RegExp(pattern.source, 'gm'))?.length ?? 0;
  if (count !== 1) throw new Error(`dist/nginx.conf: expected one line matching ${pattern}, found ${count}`);
  return text.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** The generated server block, pointed at dist/ and at a loopback port. */
function siteConfig(port: number): string {
  let text = readFileSync(join(DIST, 'nginx.conf'), 'utf8');
  text = replaceLine(text, /^ {4}listen \d+;$/, `    listen 127.0.0.1:${port};`);
  text = replaceLine(text, /^ {4}listen \[::\]:\d+;$/, '');
  return replaceLine(text, /^ {4}root .+;$/, `    root ${DIST.replace(/\/$/, '')};`);
}

/** The main configuration around it: everything nginx would write goes to the folder. */
function mainConfig(dir: string): string {
  return [
    // As root, nginx's workers would run as nobody, who may not read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'events { worker_connections 128; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${dir}/${kind};`),
    `    include ${dir}/site.conf;`,
    '}',
  ].join('\n');
}

/** Waits for an exit event, up to a bound. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts nginx over dist/ with the generated config; resolves once it answers. */
export async function startNginx(): Promise<RunningNginx> {
  const binary = findNginx();
  if (binary === undefined) throw new Error(whyNoNginx());
  const dir = mkdtempSync(join(tmpdir(), 'ftp-nginx-'));
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), siteConfig(port));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
  const check = spawnSync(binary, [...args, '-t'], { encoding: 'utf8', timeout: 20_000 });
  if (check.status !== 0) throw new Error(`nginx rejects the generated config:\n${check.stderr}`);

  // Its own process group, so that a last-resort kill reaches the workers too.
  const child = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM'); // nginx's fast shutdown
      if (!(await exited(child, 10_000))) process.kill(-child.pid, 'SIGKILL');
      await exited(child, 5_000);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      return { origin, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const log = (() => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  })();
  await stop();
  throw new Error(`nginx did not answer on ${origin} within 15 s:\n${stderr}\n${log}`);
}
