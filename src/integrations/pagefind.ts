/**
 * Builds the Pagefind search index inside `astro build` (astro:build:done), so every way
 * of building the site produces the index. Only the pages readers should land on go in:
 * those that mark a search body and are indexable (src/integrations/indexable.ts), so code
 * pages, guides, index pages and curated comparisons, but not the thousands of generated
 * comparisons that search engines are told to skip. Any Pagefind error fails the build,
 * and the number of indexed pages must equal the number of pages handed to Pagefind.
 *
 * The index is cut into small chunks (INDEX_CHUNK_SIZE), and the list of chunks is written to
 * indexChunksUrl() for the search box (src/lib/index-chunks.ts), with the head of every result
 * (src/lib/result-heads.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { isSearchableHtml } from './indexable.ts';
import { indexChunkRanges } from './pagefind-meta.ts';
import { writeResultHeads } from './result-heads.ts';
import { indexChunksUrl } from '../lib/urls.ts';
import { chunkEntries } from '../lib/index-chunks.ts';

/**
 * How many word locations go into one index chunk (Pagefind's default is 20,000). A query
 * waits for the chunk of each of its words before it can ask for any result, so on a slow
 * connection the chunks' transfer is paid before every new word's results: the default made
 * chunks of about 26 KB here, 1,000 makes them about 2 KB (the largest, a single common word,
 * 10 KB). Smaller chunks mean more boundaries inside runs of words sharing a prefix, which
 * Pagefind's prefix matching does not look across; the search box fetches those chunks
 * itself (src/lib/index-chunks.ts). Pagefind reads the size from this environment variable,
 * which it names unstable: tests/site/search-index.test.ts fails if a build ignores it.
 */
const INDEX_CHUNK_SIZE = 1000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

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

/** Writes the list of index chunks (src/lib/index-chunks.ts), read from the index's metadata file, for the search box; returns the chunk count. */
async function writeChunkList(pagefindDir: string, outDir: string): Promise<number> {
  const meta = (await readdir(pagefindDir)).filter((name) => name.endsWith('.pf_meta'));
  if (meta.length !== 1) throw new Error(`expected one Pagefind metadata file, found ${meta.length}`);
  const ranges = indexChunkRanges(await readFile(join(pagefindDir, meta[0] as string)));
  await writeFile(join(outDir, indexChunksUrl()), JSON.stringify(chunkEntries(ranges)));
  return ranges.length;
}

/** Pagefind's indexer with INDEX_CHUNK_SIZE: its service process reads the variable when createIndex starts it. */
async function createIndexWithChunkSize(): ReturnType<typeof pagefind.createIndex> {
  const before = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_SIZE);
  try {
    return await pagefind.createIndex({});
  } finally {
    if (before === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = before;
  }
}

/** The integration; add it last so it indexes the finished output. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'ftp-codes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndexWithChunkSize();
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
          const chunks = await writeChunkList(outputPath, outDir);
          const heads = await writeResultHeads(outputPath, outDir);
          if (heads !== indexed) throw new Error(`${heads} result heads written for ${indexed} indexed pages`);
          logger.info(
            `indexed ${indexed} of ${files.length} pages in ${Math.round(performance.now() - started)} ms, ${chunks} index chunks`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
