/**
 * `npm test`: every test, in order: unit tests (node --test), the production build,
 * the site-wide checks, Playwright e2e against the build, the build behind nginx, then
 * Lighthouse. Ends with one line
 * "N passed, M failed" that totals every test, and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './ensure-browser.ts';
import { ensureNginx } from './ensure-nginx.ts';

interface Tally { passed: number; failed: number }
const total: Tally = { passed: 0, failed: 0 };
const steps: string[] = [];

/** Runs a command with its output shown live, and returns its output too. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number; output: string } {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Reads "ℹ pass N" / "ℹ fail M" from node's test runner. */
function nodeTally(output: string): Tally {
  const count = (word: string): number => Number(new RegExp(`^ℹ ${word} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

/** Reads Playwright's JSON report. */
function playwrightTally(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const stats = (JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

function record(label: string, tally: Tally, status: number): void {
  // A step that failed without any failing test (a crash, a build error) counts as one failure.
  const failed = status !== 0 && tally.failed === 0 ? 1 : tally.failed;
  total.passed += tally.passed;
  total.failed += failed;
  steps.push(`${label}: ${tally.passed} passed, ${failed} failed`);
}

const node = process.execPath;

const unit = run('unit tests', node, ['--test', '--test-reporter=spec', 'tests/unit/**/*.test.ts']);
record('unit', nodeTally(unit.output), unit.status);

const check = run('astro check', node, ['node_modules/astro/bin/astro.mjs', 'check']);
record('astro check', { passed: check.status === 0 ? 1 : 0, failed: 0 }, check.status);

const build = run('build', node, ['node_modules/astro/bin/astro.mjs', 'build'], { NO_COLOR: '1' });
record('build', { passed: build.status === 0 ? 1 : 0, failed: 0 }, build.status);
// A clean log makes a new warning visible: any warning line fails this check.
const warnings = build.output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
if (warnings.length > 0) console.log(`Build warnings:\n${warnings.join('\n')}`);
record('build log has no warnings', { passed: warnings.length === 0 ? 1 : 0, failed: warnings.length === 0 ? 0 : 1 }, 0);

if (build.status === 0) {
  const checks = run('site checks', node, ['--test', '--test-reporter=spec', 'tests/site/**/*.test.ts']);
  if (/^ℹ tests [1-9]/m.test(checks.output)) record('site checks', nodeTally(checks.output), checks.status);

  ensureBrowser();
  rmSync('test-results/e2e.json', { force: true });
  const e2e = run('e2e', node, ['node_modules/@playwright/test/cli.js', 'test'], { CI: process.env['CI'] ?? '' });
  record('e2e', playwrightTally('test-results/e2e.json'), e2e.status);

  // The build behind a real nginx with the generated config (tests/hosting/).
  const nginx = ensureNginx();
  const hosting = run('hosting', node, ['--test', '--test-reporter=spec', 'tests/hosting/*.test.ts']);
  record('missing' in nginx ? `hosting (SKIPPED: ${nginx.missing})` : 'hosting', nodeTally(hosting.output), hosting.status);

  // After the browser tests, alone on the machine: Lighthouse measures performance.
  const lighthouse = run('lighthouse', node, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/lighthouse/*.test.ts']);
  record('lighthouse', nodeTally(lighthouse.output), lighthouse.status);
}

console.log(`\n${steps.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
// exitCode rather than exit(): stdout may be a pipe (CI tees it), and exit() would cut off
// output still being written, the closing line included.
process.exitCode = total.failed > 0 ? 1 : 0;
