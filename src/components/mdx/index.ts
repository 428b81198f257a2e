/** The components guides may use without importing them (code entries have their own set: code-components.ts). */
import CodeRef from './CodeRef.astro';
import ReplyLine from './ReplyLine.astro';
import ScenarioRef from './ScenarioRef.astro';
import AnchoredH2 from './AnchoredH2.astro';
import AnchoredH3 from './AnchoredH3.astro';
import SessionDiagram from '../guides/SessionDiagram.astro';
import Pasv227Decoder from '../guides/Pasv227Decoder.astro';

/**
 * Passed to a guide's <Content components={...}>: code links, reply lines, links to recorded
 * scenarios, anchored headings, and the guides' diagram and 227 decoder.
 */
export const mdxComponents = {
  CodeRef,
  ReplyLine,
  ScenarioRef,
  SessionDiagram,
  Pasv227Decoder,
  h2: AnchoredH2,
  h3: AnchoredH3,
};
