/**
 * The site's public origin, decided here and nowhere else. SITE_URL overrides it: the build
 * reads it through siteUrl() (astro.config.mjs hands it to Astro as `site`), pages and
 * endpoints read Astro's `site` back through siteOf(), and the tests that check absolute
 * URLs call siteUrl() too, so one SITE_URL given to a build and its tests agrees everywhere.
 */

/** The origin when SITE_URL is not set. */
const DEFAULT_SITE_URL = 'https://ftpreply.codes';

/** The public origin of a build: SITE_URL when set, otherwise https://ftpreply.codes. */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL {
  return new URL(env['SITE_URL'] ?? DEFAULT_SITE_URL);
}

/** The `site` Astro hands a page or endpoint; astro.config.mjs always sets it, so a missing one is a bug. */
export function siteOf(site: URL | undefined): URL {
  if (site === undefined) throw new Error('astro.config.mjs must set `site` from siteUrl() (src/lib/site.ts)');
  return site;
}

/** The origin without a trailing slash, e.g. "https://ftpreply.codes", for absolute URLs in the open data. */
export function siteOrigin(site: URL | undefined): string {
  return siteOf(site).origin;
}
