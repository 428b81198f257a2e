/** What the explainer page knows about each code: the page embeds it as JSON, the script reads it. */

/** The facts of one code, with keys kept short since every code's facts travel in the page. */
export interface CodeFacts {
  /** Title. */
  t: string;
  /** Summary sentence. */
  s: string;
  /** Top fixes for the client user. */
  c: string[];
  /** Top fixes for the server admin. */
  a: string[];
}

/** Every code's facts, by code. */
export type CodeFactsTable = Record<string, CodeFacts>;

/** The id of the script element that carries the table. */
export const FACTS_ELEMENT_ID = 'explain-facts';
