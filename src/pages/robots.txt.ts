/** robots.txt, pointing at the sitemap on the configured site. */
import type { APIRoute } from 'astro';
import { siteOf } from '../lib/site.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** Allows everything and names the sitemap index. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('/sitemap-index.xml', siteOf(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
