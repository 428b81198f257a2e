/** The components MDX entries and guides may use without importing them. */
import CodeRef from './CodeRef.astro';

/** Passed to every rendered <Content components={...}>. */
export const mdxComponents = { CodeRef };
