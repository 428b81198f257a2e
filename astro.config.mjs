// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { indexableIn } from './src/integrations/indexable.ts';
import { hostingFiles } from './src/integrations/hosting-files.ts';
import { siteUrl } from './src/lib/site.ts';

/** The public origin (SITE_URL, or the default in src/lib/site.ts); canonicals, Open Graph and the sitemap are built from it. */
const site = siteUrl().href;

/** The build output; the sitemap filter reads the built pages from it. */
const outDir = './dist';

export default defineConfig({
  site,
  outDir,
  // Every link is written with a trailing slash (src/lib/urls.ts); 'ignore' lets the
  // preview server also answer /425 and /codes/425 instead of a 404.
  trailingSlash: 'ignore',
  // One cached stylesheet instead of inline <style> blocks: smaller pages and fewer CSP hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Two files claiming one route is a content bug, not a warning.
  prerenderConflictBehavior: 'error',
  // Transcripts are plain text: no syntax highlighter, whose inline styles a strict CSP would block.
  markdown: { syntaxHighlight: false },
  security: {
    // A CSP meta tag on every page: scripts and styles only from this origin or by the
    // hash Astro computes for each inline one. 'wasm-unsafe-eval' lets Pagefind start its
    // WebAssembly search; it allows no JavaScript eval.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX pipeline marks modules with a "use astro:head-inject" directive on
        // purpose; the bundler warns that it may drop it, which is harmless here. Silencing
        // exactly this message keeps the build log clean, so any other warning stands out.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Pagefind indexes the finished output; the hosting files (redirects, headers, nginx)
  // come after it, because they sort its files into hashed and fixed names.
  integrations: [mdx(), sitemap({ filter: indexableIn(outDir) }), pagefindIndex(), hostingFiles()],
});
