/**
 * A page's table of contents, read from its own section headings: each heading that belongs
 * in it carries its short label in a `data-toc` attribute (SectionHeading's `toc` prop), so
 * the list of sections is written once, where the sections are. Pure, so it is unit-tested.
 */

/** One line of a table of contents: the section's fragment id and its short label. */
export interface TocEntry {
  id: string;
  label: string;
}

/** The attribute that marks a heading for the table of contents; its value is the label. */
const TOC_ATTRIBUTE = 'data-toc';

const HEADING = /<h[2-6]\b[^>]*>/g;
const ATTRIBUTE = (name: string): RegExp => new RegExp(`\\s${name}="([^"]*)"`);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string): string => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e);

/** The entries of the headings marked in rendered HTML, in document order. */
export function tocEntries(html: string): TocEntry[] {
  return [...html.matchAll(HEADING)].flatMap(([tag]) => {
    const label = ATTRIBUTE(TOC_ATTRIBUTE).exec(tag)?.[1];
    const id = ATTRIBUTE('id').exec(tag)?.[1];
    return label === undefined || id === undefined ? [] : [{ id: decode(id), label: decode(label) }];
  });
}

/** The HTML without the marks, which have done their job once the entries are read. */
export function withoutTocMarks(html: string): string {
  return html.replace(HEADING, (tag) => tag.replace(new RegExp(`\\s${TOC_ATTRIBUTE}="[^"]*"`), ''));
}
