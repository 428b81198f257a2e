/**
 * What the page's search loader hands to the search chunk: the known codes and the site's
 * URL builders. Handing them over (rather than importing src/lib/urls.ts here) keeps the
 * chunk free of imports shared with page scripts; with such an import, the bundler would add
 * its module-preload helper, about 0.6 KB gzip, to the JavaScript of every page.
 */
import type { KnownCodes } from './query.ts';

/** The URLs the search chunk links to or loads, as built by src/lib/urls.ts. */
export interface SearchLinks {
  /** codeUrl */
  code: (code: string) => string;
  /** compareUrl: the canonical comparison, whatever the order given */
  compare: (a: string, b: string) => string;
  /** searchUrl */
  search: (query: string) => string;
  /** instantTableUrl() */
  table: string;
  /** pagefindScriptUrl() */
  pagefind: string;
}

/** Everything the search chunk needs from the page. */
export interface SearchContext {
  links: SearchLinks;
  /** Every code the site has a page for. */
  codes: KnownCodes;
}
