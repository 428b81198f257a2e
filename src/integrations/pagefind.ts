/**
 * Builds the Pagefind search index inside `astro build` (astro:build:done), so every way
 * of building the site produces the index. Any Pagefind error fails the build, and the
 * number of indexed pages must equal the number of built pages that mark a search body.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Every .html file below a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** How many built pages carry data-pagefind-body, i.e. should be in the index. */
async function countSearchablePages(dir: string): Promise<number> {
  let count = 0;
  for (const file of await htmlFiles(dir)) {
    if ((await readFile(file, 'utf8')).includes('data-pagefind-body')) count += 1;
  }
  return count;
}

/** The number of pages in the written index, summed over its languages. */
async function indexedPageCount(pagefindDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The integration; add it last so it indexes the finished output. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'ftp-codes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (index === undefined || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
          const outputPath = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          // addDirectory counts every file it read; the entry file counts the pages indexed.
          const indexed = await indexedPageCount(outputPath);
          const expected = await countSearchablePages(outDir);
          if (indexed !== expected) {
            throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages have data-pagefind-body`);
          }
          logger.info(`indexed ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
