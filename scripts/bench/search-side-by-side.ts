/**
 * The bench's search figures, this site beside the same content in Starlight, measured in
 * one run: index size and indexing time, then keystroke to first result (cold and warm) and
 * bytes and requests per query, on a fast and on a slow connection. The two builds are served
 * by one static server (scripts/bench/static-server.ts), so only the sites differ.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { serveStatic } from './static-server.ts';
import { starlightBuild } from './starlight/generate.ts';
import { measureSearch, STARLIGHT, THIS_SITE, type SearchFigures } from './search-latency.ts';

type Figures = Record<string, number>;

/** Loopback ports of the two static servers. */
const OUR_PORT = 4491;
const STARLIGHT_PORT = 4492;

/** Pagefind's search files (index, fragments, filters, meta, wasm, scripts), not its prebuilt UI bundles. */
function searchIndexBytes(pagefindDir: string): number {
  return readdirSync(pagefindDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight\./.test(e.name))
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** Indexes a Starlight build as Starlight does (Pagefind over the whole output), timed. */
async function indexStarlight(dist: string): Promise<number> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  const outputPath = join(dist, '..', 'pagefind-timed');
  try {
    if (index === undefined || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    await index.addDirectory({ path: dist });
    await index.writeFiles({ outputPath });
    return Math.round(performance.now() - started);
  } finally {
    await pagefind.close();
    rmSync(outputPath, { recursive: true, force: true });
  }
}

/** Flattens one site's figures on one connection into bench keys. */
function keyed(prefix: string, f: SearchFigures, fullText: boolean): Figures {
  return {
    [`${prefix}: cold, first result ms`]: f.coldFirstMs,
    ...(fullText
      ? {
          [`${prefix}: cold, first full-text result ms`]: f.coldFullMs,
          [`${prefix}: cold, first full-text result with its excerpt ms`]: f.coldExcerptMs,
        }
      : {}),
    [`${prefix}: warm, first result ms (median)`]: f.warmFirstMs,
    ...(fullText
      ? {
          [`${prefix}: warm, first full-text result ms (median)`]: f.warmFullMs,
          [`${prefix}: warm, first full-text result with its excerpt ms (median)`]: f.warmExcerptMs,
        }
      : {}),
    [`${prefix}: cold query KB`]: +(f.coldBytes / 1024).toFixed(1),
    [`${prefix}: cold query requests`]: f.coldRequests,
    [`${prefix}: warm query KB (median)`]: +(f.warmBytes / 1024).toFixed(1),
    [`${prefix}: warm query requests (median)`]: f.warmRequests,
  };
}

/** All search figures, given this site's build and the version of Astro it uses. */
export async function searchSideBySide(root: string, ourDist: string, ourIndexMs: number): Promise<Figures> {
  const astroVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  const starlight = starlightBuild(ourDist, join(root, '.bench/tmp/starlight'), astroVersion);
  const figures: Figures = {
    'search index KB, this site': Math.round(searchIndexBytes(join(ourDist, 'pagefind')) / 1024),
    'search index KB, Starlight': Math.round(searchIndexBytes(join(starlight.dist, 'pagefind')) / 1024),
    'search indexing ms, this site': ourIndexMs,
    'search indexing ms, Starlight': await indexStarlight(starlight.dist),
    'Starlight: pages carried over': starlight.pages,
    'Starlight: build s': +starlight.seconds.toFixed(1),
  };
  const ours = await serveStatic(ourDist, OUR_PORT);
  const theirs = await serveStatic(starlight.dist, STARLIGHT_PORT);
  try {
    for (const network of ['fast', 'slow'] as const) {
      const mine = await measureSearch(THIS_SITE(`http://127.0.0.1:${OUR_PORT}/`), network);
      const other = await measureSearch(STARLIGHT(`http://127.0.0.1:${STARLIGHT_PORT}/`), network);
      Object.assign(figures, keyed(`${network}, this site`, mine, true), keyed(`${network}, Starlight`, other, false));
      figures[`${network}: cold first result, this site / Starlight`] = +(mine.coldFirstMs / other.coldFirstMs).toFixed(
        2,
      );
      figures[`${network}: warm first result, this site / Starlight`] = +(mine.warmFirstMs / other.warmFirstMs).toFixed(
        2,
      );
      figures[`${network}: cold full-text, this site / Starlight`] = +(mine.coldFullMs / other.coldFirstMs).toFixed(2);
      figures[`${network}: warm full-text, this site / Starlight`] = +(mine.warmFullMs / other.warmFirstMs).toFixed(2);
      figures[`${network}: cold full-text with excerpt, this site / Starlight`] = +(
        mine.coldExcerptMs / other.coldFirstMs
      ).toFixed(2);
      figures[`${network}: warm full-text with excerpt, this site / Starlight`] = +(
        mine.warmExcerptMs / other.warmFirstMs
      ).toFixed(2);
    }
  } finally {
    ours.close();
    theirs.close();
  }
  return figures;
}
