/**
 * Real-world queries and the page each must find: reply texts, server and client wordings,
 * symptoms, comparisons and guide topics. `top: 1` means first result, `top: 3` top three.
 */

/** One query and where it must land. */
export interface RelevanceCase {
  query: string;
  expect: string;
  top: 1 | 3;
}

/** The suite. */
export const RELEVANCE: RelevanceCase[] = [
  { query: "Can't open data connection", expect: '/codes/425/', top: 1 },
];
