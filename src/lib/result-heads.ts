/**
 * The head of every search result (its URL, title, code or pair badge and page type), keyed by
 * Pagefind's page id, so the search box can draw a result as soon as Pagefind names it, before
 * its fragment (which holds the excerpt) arrives: on a slow connection that fragment is one
 * more round trip. Written by the build from the index's own fragments
 * (src/integrations/result-heads.ts), so it always matches the index.
 */

/** The meta fields a result's head shows (src/scripts/search/render.ts); the rest stay in the fragment. */
export const HEAD_META_KEYS = ['code', 'pair', 'label', 'title', 'type'] as const;

/** What a result's head shows: its link and the meta fields it reads. */
export interface ResultHead {
  url: string;
  meta: Partial<Record<(typeof HEAD_META_KEYS)[number], string>>;
}

/** The file: Pagefind page id (the fragment's name, e.g. "en_0a15b74") to the head of its result. */
export type ResultHeads = Record<string, ResultHead>;

/** One page as Pagefind's fragment holds it: the fields read here. */
export interface FragmentFields {
  url: string;
  meta: Record<string, string>;
}

/**
 * The head of one page's result: its URL and only the meta fields a head shows (the title only
 * when there is no label, as a head shows the label first).
 */
export function resultHeadOf(fragment: FragmentFields): ResultHead {
  const meta: ResultHead['meta'] = {};
  for (const key of HEAD_META_KEYS) {
    const value = fragment.meta[key];
    if (value !== undefined && !(key === 'title' && fragment.meta['label'] !== undefined)) meta[key] = value;
  }
  return { url: fragment.url, meta };
}
