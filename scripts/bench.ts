/**
 * `npm run bench`: the figures that tests do not time. Full build time and ms per page,
 * Pagefind's index (time, size, pages), page weight per page type, search latency in
 * Chromium beside the same content in Starlight (scripts/bench/search-side-by-side.ts),
 * build time for the collection scaled up synthetically, to show that cost per page stays flat,
 * how much of each comparison's text is specific to its pair, per page type, and the time of
 * each test tier (`npm test` run once; `--no-tests` leaves it out).
 * Machines are noisy: compare ratios within one run. The last run is kept in bench/last.json.
 * `--only scaled` runs the scaled build alone (no full build, no browser, no Starlight), for when
 * only that figure is wanted or others are measuring search on the same machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight } from '../tests/helpers/weight.ts';
import { readEntries } from '../tests/helpers/entries.ts';
import { scaledCollection } from './bench/synthetic.ts';
import { removeSandbox, sandboxProject } from '../tests/helpers/sandbox-build.ts';
import { explainTiming } from './bench/explain.ts';
import { searchSideBySide } from './bench/search-side-by-side.ts';
import { serveStatic } from './bench/static-server.ts';
import { testTierTimes } from './bench/test-tiers.ts';
import { pairSpecificByType } from './bench/pair-specific.ts';
import { classUrl, codeUrl, compareUrl, guideUrl, homeUrl } from '../src/lib/urls.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const LAST = join(ROOT, 'bench/last.json');
type Figures = Record<string, number>;

/** The bench's flags: `--no-tests` leaves out the test tiers, `--only scaled` runs the scaled build alone. */
interface Options {
  noTests: boolean;
  onlyScaled: boolean;
}

/**
 * Reads the flags, and stops on any other: an unknown flag (`--help`, a typo in `--only`) must not
 * start the full run, which takes minutes and loads the machine with two browsers.
 */
function parseOptions(args: string[]): Options {
  const options: Options = { noTests: false, onlyScaled: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--no-tests') options.noTests = true;
    else if (arg === '--only=scaled') options.onlyScaled = true;
    else if (arg === '--only' && args[i + 1] === 'scaled') {
      options.onlyScaled = true;
      i += 1;
    } else {
      console.error(`unknown argument: ${arg}\nusage: npm run bench [-- --no-tests | --only scaled]`);
      process.exit(2);
    }
  }
  return options;
}

/** Builds the site (or a copy of the project, see tests/helpers/sandbox-build.ts) and returns seconds and page count. */
function build(sandbox?: string): { seconds: number; pages: number; indexMs: number; dist: string } {
  const started = performance.now();
  const cwd = sandbox ?? ROOT;
  const run = spawnSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stderr.slice(-3000)}`);
  const seconds = (performance.now() - started) / 1000;
  const pages = Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? 0);
  const indexMs = Number(/indexed \d+ of \d+ pages in (\d+) ms/.exec(run.stdout)?.[1] ?? 0);
  return { seconds, pages, indexMs, dist: join(cwd, 'dist') };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const last: Figures = existsSync(LAST) ? (JSON.parse(readFileSync(LAST, 'utf8')) as Figures) : {};
  if (options.onlyScaled) {
    const scaled = scaledBuilds();
    // Asked for alone, a failed scaled build is the run's failure, not a figure to skip.
    if (Object.keys(scaled).length === 0) process.exit(1);
    // A partial run keeps the last full run's other figures in bench/last.json, so the file
    // still describes every part (the README's table is read from it).
    report(scaled, last, last);
    return;
  }
  const figures: Figures = {};
  const full = build();
  Object.assign(figures, {
    'build s': +full.seconds.toFixed(1),
    pages: full.pages,
    'build ms per page': +((full.seconds * 1000) / full.pages).toFixed(2),
    'pagefind index ms': full.indexMs,
    'pagefind index KB': Math.round(folderBytes(join(full.dist, 'pagefind')) / 1024),
  });

  const codes = readEntries().map((e) => String(e.data['code']));
  for (const [type, path] of Object.entries({
    code: codeUrl(codes[0] ?? ''),
    comparison: compareUrl(codes[0] ?? '', codes[1] ?? ''),
    class: classUrl('4'),
    guide: guideUrl('ftp-session'),
    home: homeUrl(),
  })) {
    try {
      const w = pageWeight(path);
      figures[`${type} page KB gzip`] = +(w.total.gzip / 1024).toFixed(1);
      figures[`${type} page JS bytes gzip`] = w.js.gzip;
    } catch {
      /* a page type not built yet */
    }
  }

  Object.assign(figures, pairSpecificByType());

  // The bench's own static server is listening when this resolves (astro preview could take
  // longer than a fixed wait to start on a busy machine).
  const server = await serveStatic(full.dist, 4388);
  try {
    Object.assign(figures, await explainTiming('http://127.0.0.1:4388'));
  } catch (error) {
    // One missing figure should not cost the rest of the run; say so and go on.
    console.error(`explainer timing skipped: ${(error as Error).message}`);
  } finally {
    server.close();
  }

  // This site's search beside the same content in Starlight, fast and slow connection, in this run.
  Object.assign(figures, await searchSideBySide(ROOT, full.dist, full.indexMs));

  Object.assign(figures, scaledBuilds());

  if (!options.noTests) Object.assign(figures, testTierTimes(ROOT));
  report(figures, last);
}

/** Build time of the collection scaled to 2x the codes (scripts/bench/synthetic.ts), in a copy of the project. */
function scaledBuilds(): Figures {
  const figures: Figures = {};
  for (const factor of [2]) {
    const sandbox = sandboxProject({ codes: scaledCollection(factor) }, `bench-x${factor}-`);
    try {
      const scaled = build(sandbox);
      figures[`x${factor} codes: pages`] = scaled.pages;
      figures[`x${factor} codes: build s`] = +scaled.seconds.toFixed(1);
      figures[`x${factor} codes: build ms per page`] = +((scaled.seconds * 1000) / scaled.pages).toFixed(2);
    } catch (error) {
      // The synthetic copies can fall behind a new cross-check of the content; keep the other figures.
      console.error(`x${factor} build skipped: ${(error as Error).message.slice(0, 500)}`);
    } finally {
      removeSandbox(sandbox);
    }
  }
  return figures;
}

/** Prints this run beside the last one and writes it, over the `kept` figures of earlier runs, to bench/last.json. */
function report(figures: Figures, last: Figures, kept: Figures = {}): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  console.log(`\n${'figure'.padEnd(width)}  ${'now'.padStart(10)}  ${'last'.padStart(10)}  change`);
  for (const [key, value] of Object.entries(figures)) {
    const before = last[key];
    const change = before === undefined || before === 0 ? '' : `${(((value - before) / before) * 100).toFixed(0)}%`;
    console.log(`${key.padEnd(width)}  ${String(value).padStart(10)}  ${String(before ?? '').padStart(10)}  ${change}`);
  }
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(LAST, `${JSON.stringify({ ...kept, ...figures }, null, 2)}\n`);
}

await main();
