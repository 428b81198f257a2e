/** robots.txt, pointing at the sitemap on the configured site. */
import type { APIRoute } from 'astro';

/** Allows everything and names the sitemap index. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'https://ftpreply.codes').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
