/**
 * How a page enters the site search. Pagefind indexes only a <main> marked as its body
 * (src/integrations/indexable.ts adds: and not noindex); index pages weigh less than 1, so
 * that the code, command and guide pages they list rank above them.
 */

/** The attributes of <main> (BaseLayout's mainAttrs) for a page in the search, with its weight when below 1. */
export function searchBody(weight?: number): Record<string, string> {
  return weight === undefined
    ? { 'data-pagefind-body': '' }
    : { 'data-pagefind-body': '', 'data-pagefind-weight': String(weight) };
}
