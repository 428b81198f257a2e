/**
 * The same content in Starlight, for the bench's side-by-side search figures: every page
 * this site puts in its search index (src/integrations/indexable.ts), its <main> content
 * carried over as HTML into a Starlight docs page, without this site's search markup
 * (data-pagefind-* attributes, hidden result metadata), so Starlight's own defaults decide.
 * Starlight is installed from npm into the given folder (outside the repository's
 * dependencies) and built there; the folder is reused between runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isSearchableHtml } from '../../../src/integrations/indexable.ts';

/** The Starlight release measured; Astro is pinned to the version this site builds with. */
const STARLIGHT_VERSION = '0.42.4';

/** One page carried over: its URL path, title and content. */
interface CarriedPage {
  path: string;
  title: string;
  html: string;
}

/** Every searchable page of a build of this site, with <main> reduced to its content. */
function carriedPages(dist: string): CarriedPage[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html' && !relative(dist, e.parentPath).startsWith('pagefind'))
    .map((e) => join(e.parentPath, e.name));
  return files.flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    if (!isSearchableHtml(html)) return [];
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
    const title = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const content = main
      .replace(/<h1[^>]*>[\s\S]*?<\/h1>/, '')
      .replace(/<nav class="crumbs"[\s\S]*?<\/nav>/, '')
      .replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/g, '')
      .replace(/\s+data-pagefind-[a-z]+(="[^"]*")?/g, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      // Markdown ends an HTML block at a blank line: keep the whole page on one line (newlines in <pre> as entities).
      .replace(/<pre([\s\S]*?)<\/pre>/g, (m) => m.replace(/\n/g, '&#10;'))
      .replace(/\s*\n\s*/g, ' ');
    const path = `/${relative(dist, dirname(file)).split('\\').join('/')}`.replace(/\/$/, '') || '/';
    return [{ path, title: title || 'FTP reply codes', html: content }];
  });
}

/** Writes the Starlight project for the pages into `dir` (keeping node_modules). */
function writeProject(dir: string, pages: CarriedPage[], astroVersion: string): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'ftp-codes-starlight-bench', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION } }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'FTP reply codes' })] });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  for (const page of pages) {
    const file = page.path === '/' ? 'index.md' : `${page.path.slice(1)}.md`;
    const target = join(dir, 'src/content/docs', file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n${page.html}\n`);
  }
}

/** Installs Starlight when the folder does not have this version yet. */
export function install(dir: string): void {
  const installed = join(dir, 'node_modules/@astrojs/starlight/package.json');
  if (
    existsSync(installed) &&
    (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version === STARLIGHT_VERSION
  )
    return;
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`npm install of Starlight failed in ${dir}`);
}

/** Builds the project; returns the output folder and seconds taken. */
export function build(dir: string): { dist: string; seconds: number; log: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`Starlight build failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  return { dist: join(dir, 'dist'), seconds: (performance.now() - started) / 1000, log: run.stdout };
}

/** The whole step: carry the pages over from this site's build, install, build. */
export function starlightBuild(
  ourDist: string,
  dir: string,
  astroVersion: string,
): { dist: string; seconds: number; pages: number; log: string } {
  const pages = carriedPages(ourDist);
  mkdirSync(dir, { recursive: true });
  writeProject(dir, pages, astroVersion);
  install(dir);
  return { ...build(dir), pages: pages.length };
}

// `node scripts/bench/starlight/generate.ts [folder]` makes the project on its own (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../../../', import.meta.url).pathname;
  const astroVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  const result = starlightBuild(
    join(root, 'dist'),
    process.argv[2] ?? join(root, '.bench/tmp/starlight'),
    astroVersion,
  );
  console.log(`Starlight: ${result.pages} pages built in ${result.seconds.toFixed(1)} s into ${result.dist}`);
}
