/** The one content collection: content/codes/<code>.mdx, one file per code. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeEntrySchema } from './schemas/code-entry.ts';
import { guideSchema } from './schemas/guide.ts';

/**
 * Where the entries live. CODES_DIR exists for the build tests, which point a build at a
 * folder of deliberately broken fixtures to check that the build fails with a clear message.
 */
const base = process.env['CODES_DIR'] ?? './content/codes';

/** Every code; the entry id is the file name, so it must equal the `code` field. */
const codes = defineCollection({
  loader: glob({ pattern: '*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: codeEntrySchema,
});

/** The explainer guides: content/guides/<slug>.mdx, served at /guides/<slug>/. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

export const collections = { codes, guides };
