/**
 * The components a code entry's MDX body may use without importing them. Kept apart from
 * the guides' set so code pages do not carry the styles of guide-only widgets.
 */
import CodeRefInEntry from './CodeRefInEntry.astro';
import ReplyLine from './ReplyLine.astro';
import ScenarioRef from './ScenarioRef.astro';
import AnchoredH3 from './AnchoredH3.astro';

/** Passed to <Content components={...}> on code pages. */
export const codeMdxComponents = { CodeRef: CodeRefInEntry, ReplyLine, ScenarioRef, h3: AnchoredH3 };
