/**
 * Which built pages search engines and the site search may list. A page is indexable
 * unless its HTML says noindex (redirects, the 404 and search pages, uncurated
 * comparisons). Reading the built file means the sitemap, the robots meta and the site
 * search can never disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The robots meta tag that BaseLayout writes for a page that is not to be indexed. */
const NOINDEX = /<meta name="robots" content="noindex/;

/** Whether built HTML may be indexed by search engines. */
export function isIndexableHtml(html: string): boolean {
  return !NOINDEX.test(html);
}

/**
 * Whether built HTML belongs in the site search: it marks a search body and is indexable.
 * Uncurated comparisons carry a search body but say noindex, so they stay out: each one is
 * mostly the text of its two code pages, and they would crowd every symptom query.
 */
export function isSearchableHtml(html: string): boolean {
  return html.includes('data-pagefind-body') && isIndexableHtml(html);
}

/** Builds the sitemap filter for an output folder. */
export function indexableIn(outDir: string): (page: string) => boolean {
  return (page: string): boolean => {
    const path = decodeURIComponent(new URL(page).pathname);
    const file = join(outDir, path, 'index.html');
    if (!existsSync(file)) return false;
    return isIndexableHtml(readFileSync(file, 'utf8'));
  };
}
