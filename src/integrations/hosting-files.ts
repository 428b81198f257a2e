/**
 * Writes the hosting files inside `astro build` (astro:build:done), after the search index:
 * dist/_redirects and dist/_headers for Netlify and Cloudflare Pages, and dist/nginx.conf.
 * Everything comes from the finished build: the redirect pages and CSP meta tags in its
 * HTML, and the names of its files. The logic lives in src/lib/hosting/.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageFacts, type PageFacts } from '../lib/hosting/page-facts.ts';
import { hostingPlan } from '../lib/hosting/plan.ts';
import { CLOUDFLARE_STATIC_REDIRECT_LIMIT, renderHeaders, renderRedirects } from '../lib/hosting/netlify-format.ts';
import { renderNginx } from '../lib/hosting/nginx-format.ts';
import { siteOf } from '../lib/site.ts';

/** Every file below a folder, as sorted paths relative to it with forward slashes. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The integration; add it after the Pagefind one, whose files it classifies. */
export function hostingFiles(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'ftp-codes:hosting-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await filesIn(outDir);
        const pages: PageFacts[] = [];
        for (const file of files.filter((f) => f.endsWith('.html')))
          pages.push(readPageFacts(file, await readFile(join(outDir, file), 'utf8')));
        // Netlify's own build sets NETLIFY=true; its _redirects rules must be forced and
        // need only one slash form. Everything else gets the file Cloudflare Pages reads.
        const forNetlify = process.env['NETLIFY'] === 'true';
        const plan = hostingPlan(pages, files, { bothSlashForms: true });
        const redirectsPlan = forNetlify ? hostingPlan(pages, files, { bothSlashForms: false }) : plan;
        await writeFile(join(outDir, '_redirects'), renderRedirects(redirectsPlan, { force: forNetlify }));
        await writeFile(join(outDir, '_headers'), renderHeaders(plan));
        await writeFile(
          join(outDir, 'nginx.conf'),
          renderNginx(plan, { serverName: siteOf(site).hostname, root: `/var/www/${siteOf(site).hostname}`, port: 80 }),
        );
        logger.info(
          `${redirectsPlan.redirects.length} redirect rules${forNetlify ? ' (forced, for Netlify)' : ''} and ${plan.immutable.length} immutable paths written to _redirects, _headers and nginx.conf`,
        );
        // Cloudflare Pages skips the rules past its limit: say which pages that leaves to their meta refresh.
        const applied = new Set(
          redirectsPlan.redirects.slice(0, CLOUDFLARE_STATIC_REDIRECT_LIMIT).map((r) => r.from.replace(/\/$/, '')),
        );
        const left = new Set(
          redirectsPlan.redirects.map((r) => r.from.replace(/\/$/, '')).filter((from) => !applied.has(from)),
        );
        if (!forNetlify && left.size > 0)
          logger.info(
            `on Cloudflare Pages, which applies ${CLOUDFLARE_STATIC_REDIRECT_LIMIT} rules, ${left.size} redirect pages get no rule and keep their meta refresh`,
          );
      },
    },
  };
}
