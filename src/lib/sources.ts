/** Where a citation links: the RFC Editor's page for an RFC section, or the source's own URL. */
import type { Source } from '../schemas/code-entry.ts';

/** The public URL of an RFC, at a section when one is given. */
export function rfcUrl(rfc: number, section?: string): string {
  return `https://www.rfc-editor.org/rfc/rfc${rfc}${section === undefined ? '' : `#section-${section}`}`;
}

/** The label and link of a citation, e.g. "RFC 959, section 4.2.2". */
export function describeCitation(source: Source): { label: string; href: string } {
  return 'rfc' in source
    ? { label: `RFC ${source.rfc}, section ${source.section}`, href: rfcUrl(source.rfc, source.section) }
    : { label: source.title, href: source.url };
}
