/** The components MDX entries and guides may use without importing them. */
import CodeRef from './CodeRef.astro';
import ReplyLine from './ReplyLine.astro';
import AnchoredH2 from './AnchoredH2.astro';
import AnchoredH3 from './AnchoredH3.astro';

/** Passed to every rendered <Content components={...}>: code links, reply lines, anchored headings. */
export const mdxComponents = { CodeRef, ReplyLine, h2: AnchoredH2, h3: AnchoredH3 };
