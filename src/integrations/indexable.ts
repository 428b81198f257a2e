/**
 * Whether a built page may be listed in the sitemap: a page is indexable unless its HTML
 * says noindex (redirects, the 404 and search pages, uncurated comparisons). Reading the
 * built file means the sitemap and the robots meta can never disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the sitemap filter for an output folder. */
export function indexableIn(outDir: string): (page: string) => boolean {
  return (page: string): boolean => {
    const path = decodeURIComponent(new URL(page).pathname);
    const file = join(outDir, path, 'index.html');
    if (!existsSync(file)) return false;
    return !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
  };
}
