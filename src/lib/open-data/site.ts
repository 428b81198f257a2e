/** The site's origin for absolute URLs in the data, from Astro's `site` setting. */

/** The origin without a trailing slash, e.g. "https://ftpreply.codes"; the build always sets `site`. */
export function siteOrigin(site: URL | undefined): string {
  if (site === undefined) throw new Error('astro.config.mjs must set `site`: the open data holds absolute URLs');
  return site.origin;
}
