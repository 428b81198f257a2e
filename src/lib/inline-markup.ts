/**
 * The one piece of markup allowed in front matter strings: `backticks` for code,
 * such as a directive name or a command. Everything else is escaped.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/** Turns a front matter string into safe HTML: escaped text, `code` spans as <code>. */
export function inlineMarkup(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : escapeHtml(part),
    )
    .join('');
}

/** The same string as plain text (backticks dropped), for meta tags and search. */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1');
}

/**
 * The attribute that keeps a number in a page's searchable text but out of its ranking:
 * with weight 0, a page that only mentions 426 never outranks the 426 page for "426", yet
 * its excerpts still read as sentences ("ignored" text would leave gaps such as "(,0,2,10,,80)").
 */
export const QUIET_ATTRIBUTE = 'data-pagefind-weight="0"';

/**
 * Wraps every 3- to 5-digit number of markup made by inlineMarkup in a span that carries
 * QUIET_ATTRIBUTE, except `keep` (a page's own code). Safe on that markup because it
 * carries no attributes that could hold digits.
 */
export function quietNumbers(html: string, keep?: string): string {
  return html.replace(/\b(\d{3,5})\b/g, (n) => (n === keep ? n : `<span ${QUIET_ATTRIBUTE}>${n}</span>`));
}
