/**
 * The id a guide heading gets (the same slug the Markdown processor makes: lower case, spaces
 * to hyphens, punctuation dropped), so the explainer links sections without the slugger.
 */

/** The anchor of a heading's text. */
export function guideAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
