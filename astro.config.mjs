// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';

/** The public origin; canonicals, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://ftpreply.codes';

/**
 * The build tests point a build at broken fixtures (CODES_DIR, see src/content.config.ts);
 * BUILD_SANDBOX keeps that build's output and cache apart from the real ones.
 */
const sandbox = process.env.BUILD_SANDBOX;

export default defineConfig({
  site,
  ...(sandbox ? { outDir: `${sandbox}/dist`, cacheDir: `${sandbox}/cache` } : {}),
  // One URL shape everywhere: directories with a trailing slash (see src/lib/urls.ts).
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Two files claiming one route is a content bug, not a warning.
  prerenderConflictBehavior: 'error',
  redirects: {},
  // Pagefind comes last: it indexes the finished output.
  integrations: [mdx(), sitemap(), pagefindIndex()],
});
