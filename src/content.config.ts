/** The one content collection: content/codes/<code>.mdx, one file per code. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeEntrySchema } from './schemas/code-entry.ts';
import { guideSchema } from './schemas/guide.ts';
import { observationSchema, observedServerSchema } from './schemas/observation.ts';
import { commandEntrySchema } from './schemas/command-entry.ts';

/** Every code; the entry id is the file name, so it must equal the `code` field. */
const codes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/codes', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: codeEntrySchema,
});

/** The explainer guides: content/guides/<slug>.mdx, served at /guides/<slug>/. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

/**
 * Recordings of real servers, written by `npm run observe`: content/observations/<server>/<scenario>.json,
 * entry id "<server>/<scenario>".
 */
const observations = defineCollection({
  loader: glob({
    pattern: '*/*.json',
    base: './content/observations',
    generateId: ({ entry }) => entry.replace(/\.json$/, ''),
  }),
  schema: observationSchema,
});

/** Each recorded server's package, version and base setup: content/servers/<server>.json. */
const servers = defineCollection({
  loader: glob({
    pattern: '*.json',
    base: './content/servers',
    generateId: ({ entry }) => entry.replace(/\.json$/, ''),
  }),
  schema: observedServerSchema,
});

/** What each FTP command does and what its replies mean: content/commands/<COMMAND>.yaml. */
const commands = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './content/commands',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: commandEntrySchema,
});

export const collections = { codes, guides, observations, servers, commands };
