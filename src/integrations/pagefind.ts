/**
 * Builds the Pagefind search index inside `astro build` (astro:build:done), so every way
 * of building the site produces the index. Only the pages readers should land on go in:
 * those that mark a search body and are indexable (src/integrations/indexable.ts), so code
 * pages, guides, index pages and curated comparisons, but not the thousands of generated
 * comparisons that search engines are told to skip. Any Pagefind error fails the build,
 * and the number of indexed pages must equal the number of pages handed to Pagefind.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { isSearchableHtml } from './indexable.ts';

/** Every .html file below a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The number of pages in the written index, summed over its languages. */
async function indexedPageCount(pagefindDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
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
          if (index === undefined || errors.length > 0)
            throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const files = await htmlFiles(outDir);
          let added = 0;
          for (const file of files) {
            const content = await readFile(file, 'utf8');
            if (!isSearchableHtml(content)) continue;
            // The path relative to the output folder, with forward slashes, gives the page URL.
            const sourcePath = relative(outDir, file).split(sep).join('/');
            const result = await index.addHTMLFile({ sourcePath, content });
            if (result.errors.length > 0)
              throw new Error(`Pagefind failed to index ${sourcePath}: ${result.errors.join('; ')}`);
            added += 1;
          }
          const outputPath = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          const indexed = await indexedPageCount(outputPath);
          if (indexed !== added)
            throw new Error(`Pagefind indexed ${indexed} pages, but ${added} searchable pages were given to it`);
          logger.info(`indexed ${indexed} of ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
