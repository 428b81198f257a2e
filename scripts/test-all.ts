/**
 * `npm test`: every test, in tiers, side by side where none writes what another reads: the
 * unit tests (pure, no build) and Prettier's check (it reads only sources) beside the
 * production build, which leaves a core mostly idle. Then three lines at once: astro check
 * (which writes .astro/ too, so it waits for the build), followed by ESLint (it reads
 * .astro/types.d.ts) beside the build tier (builds of copies of the project: bad content,
 * determinism; it checks that .astro/ is left alone); the site checks over dist/, followed
 * by the build behind nginx; and Playwright e2e. Then Lighthouse alone on the machine.
 *
 * Each tier must find at least its minimum number of tests, so a renamed folder or a glob that
 * matches nothing fails instead of passing. Ends with one line "N passed, M failed" that
 * totals every test, and exits non-zero on any failure. Each tier's time goes to
 * test-results/tiers.json, which the bench reports.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureBrowser } from './ensure-browser.ts';
import { ensureNginx } from './ensure-nginx.ts';

/**
 * The fewest tests each tier must find: a little below what each holds (on 2026-12-03: unit
 * 2,308, build 8, site 63, e2e 103, hosting 12, Lighthouse 6, ESLint 353 files), so a renamed
 * folder, a glob that matches nothing or a lost spec file fails the run. Raise them as tiers grow.
 */
const MINIMUM = { unit: 2200, build: 8, site: 60, e2e: 95, hosting: 12, lighthouse: 6, eslint: 340 };

interface Tally {
  passed: number;
  failed: number;
  /** Tests the tier found, skipped ones included; absent when the step is not a test runner. */
  found?: number;
}

/** A finished command. */
interface Ran {
  status: number;
  output: string;
  seconds: number;
}

/** One tier's line in test-results/tiers.json. */
interface TierTime {
  label: string;
  seconds: number;
  passed: number;
  failed: number;
}

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const total = { passed: 0, failed: 0 };
const steps: string[] = [];
const times: TierTime[] = [];
const started = performance.now();
const loadAtStart = loadavg();

/**
 * Runs a command; its output is printed in one block when it ends, so tiers run side by side
 * stay readable. `print: false` leaves the printing to the caller (a machine-readable report).
 */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, print = true): Promise<Ran> {
  const begin = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString('utf8');
      const seconds = (performance.now() - begin) / 1000;
      console.log(
        `\n=== ${label} (${seconds.toFixed(0)} s): ${command} ${args.join(' ')}${print ? `\n${output}` : ''}`,
      );
      resolve({ status: code ?? 1, output, seconds });
    });
  });
}

/** Reads "ℹ tests N", "ℹ pass N" and "ℹ fail M" from node's test runner. */
function nodeTally(output: string): Tally {
  const count = (word: string): number => Number(new RegExp(`^ℹ ${word} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), found: count('tests') };
}

/** Reads Playwright's JSON report. */
function playwrightTally(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 0, found: 0 };
  const stats = (
    JSON.parse(readFileSync(file, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    }
  ).stats;
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    found: stats.expected + stats.flaky + stats.unexpected + stats.skipped,
  };
}

/** Adds a tier to the total; a failed step without a failing test, or too few tests found, counts as one failure. */
function record(label: string, tally: Tally, ran: Pick<Ran, 'status' | 'seconds'>, minimum = 0): void {
  let failed = ran.status !== 0 && tally.failed === 0 ? 1 : tally.failed;
  let note = '';
  if (tally.found !== undefined && tally.found < minimum) {
    failed += 1;
    note = ` (found ${tally.found} tests, fewer than the ${minimum} this tier must have)`;
  }
  total.passed += tally.passed;
  total.failed += failed;
  steps.push(`${label}: ${tally.passed} passed, ${failed} failed, ${ran.seconds.toFixed(0)} s${note}`);
  times.push({ label, seconds: +ran.seconds.toFixed(1), passed: tally.passed, failed });
}

/** Node's test runner over `files`; oneProcess runs them all in one process, sharing memoised data. */
function nodeTests(
  label: string,
  files: string[],
  options: { oneProcess?: boolean; args?: string[] } = {},
): Promise<Ran> {
  const isolation = options.oneProcess === true ? ['--test-isolation=none'] : [];
  return run(label, node, ['--test', '--test-reporter=spec', ...isolation, ...(options.args ?? []), ...files]);
}

/** ESLint's JSON report: each file linted counts as a test, failed when it has an error. */
function eslintTally(ran: Ran): Tally {
  type Report = {
    filePath: string;
    errorCount: number;
    messages: { line: number; column: number; ruleId: string | null; message: string }[];
  }[];
  let files: Report;
  try {
    files = JSON.parse(ran.output.slice(ran.output.indexOf('['), ran.output.lastIndexOf(']') + 1)) as Report;
  } catch {
    console.log(ran.output); // not a report: ESLint itself failed, and says why
    return { passed: 0, failed: 1, found: 0 };
  }
  const failing = files.filter((f) => f.errorCount > 0);
  for (const file of failing) {
    for (const m of file.messages) console.log(`${file.filePath}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`);
  }
  return { passed: files.length - failing.length, failed: failing.length, found: files.length };
}

/** Prettier's check: one test, with one failure per file it would change. */
function prettierTally(ran: Ran): Tally {
  const unformatted = ran.output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('[')).length;
  return ran.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: Math.max(1, unformatted) };
}

/** ESLint over the whole tree (`npm run lint` runs it and Prettier's check). */
async function eslint(): Promise<void> {
  const ran = await run('eslint', node, ['node_modules/eslint/bin/eslint.js', '.', '--format', 'json'], {}, false);
  record('lint: eslint', eslintTally(ran), ran, MINIMUM.eslint);
}

/** A step that is one check, not a test runner: it passes when its command succeeds. */
const asOne = (ran: Ran): Tally => ({ passed: ran.status === 0 ? 1 : 0, failed: 0 });

const [unit, prettier, build] = await Promise.all([
  nodeTests('unit', ['tests/unit/**/*.test.ts'], { oneProcess: true }),
  run('prettier', node, ['node_modules/prettier/bin/prettier.cjs', '--list-different', '.']),
  run('build', node, [astro, 'build'], { NO_COLOR: '1' }),
]);
record('unit', nodeTally(unit.output), unit, MINIMUM.unit);
record('lint: prettier', prettierTally(prettier), prettier);
record('build', asOne(build), build);
// A clean log makes a new warning visible: any warning line fails this check.
const warnings = build.output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
if (warnings.length > 0) console.log(`Build warnings:\n${warnings.join('\n')}`);
record(
  'build log has no warnings',
  { passed: warnings.length === 0 ? 1 : 0, failed: warnings.length === 0 ? 0 : 1 },
  { status: 0, seconds: 0 },
);

if (build.status === 0) {
  // The build behind a real nginx with the generated config (tests/hosting/), in nginx and Chromium.
  // Installed before anything runs beside: the installs block this process while they work.
  const nginx = ensureNginx();
  ensureBrowser();
  await Promise.all([
    // astro check writes .astro/, which ESLint reads and the build tier checks is left alone:
    // both wait for it, and run side by side once it is done.
    (async () => {
      const check = await run('astro check', node, [astro, 'check']);
      record('astro check', asOne(check), check);
      const [buildTier] = await Promise.all([nodeTests('build tier', ['tests/build/**/*.test.ts']), eslint()]);
      record('build tier', nodeTally(buildTier.output), buildTier, MINIMUM.build);
    })(),
    // Meanwhile, the checks that only read dist/.
    (async () => {
      const site = await nodeTests('site checks', ['tests/site/**/*.test.ts'], { oneProcess: true });
      record('site checks', nodeTally(site.output), site, MINIMUM.site);
      const hosting = await nodeTests('hosting', ['tests/hosting/*.test.ts']);
      record(
        'missing' in nginx ? `hosting (SKIPPED: ${nginx.missing})` : 'hosting',
        nodeTally(hosting.output),
        hosting,
        MINIMUM.hosting,
      );
    })(),
    // And the browser tests, which spend most of their time waiting on pages rather than
    // computing (a third of the machine when run alone), so they fill the gaps of the lines above.
    (async () => {
      rmSync('test-results/e2e.json', { force: true });
      const e2e = await run('e2e', node, ['node_modules/@playwright/test/cli.js', 'test'], {
        CI: process.env['CI'] ?? '',
      });
      record('e2e', playwrightTally('test-results/e2e.json'), e2e, MINIMUM.e2e);
    })(),
  ]);

  // Last and alone: Lighthouse measures performance, which anything running beside it would disturb.
  const lighthouse = await nodeTests('lighthouse', ['tests/lighthouse/*.test.ts'], { args: ['--test-concurrency=1'] });
  record('lighthouse', nodeTally(lighthouse.output), lighthouse, MINIMUM.lighthouse);
} else {
  const check = await run('astro check', node, [astro, 'check']);
  record('astro check', asOne(check), check);
  await eslint();
  record(
    'site checks, build tier, hosting, e2e, lighthouse (not run: the build failed)',
    { passed: 0, failed: 1 },
    { status: 1, seconds: 0 },
  );
}

const seconds = (performance.now() - started) / 1000;
const load = (values: number[]): string => values.map((v) => v.toFixed(1)).join(' ');
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/tiers.json',
  `${JSON.stringify({ seconds: +seconds.toFixed(1), loadAtStart, loadAtEnd: loadavg(), tiers: times }, null, 2)}\n`,
);
console.log(`\n${steps.join('\n')}`);
console.log(
  `total ${Math.round(seconds)} s (tiers side by side overlap); load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`,
);
console.log(`${total.passed} passed, ${total.failed} failed`);
// exitCode rather than exit(): stdout may be a pipe (CI tees it), and exit() would cut off
// output still being written, the closing line included.
process.exitCode = total.failed > 0 ? 1 : 0;
