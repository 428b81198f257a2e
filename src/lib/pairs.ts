/**
 * Every unordered pair of codes, in canonical order (lower code first), and the slugs
 * of comparison URLs: "425-vs-426". Pure, so the page generator and the tests agree.
 */
import { compareCodes } from './reply-code.ts';

/** Two codes, lower first. */
export type Pair = readonly [low: string, high: string];

/** The pair in canonical order. */
export function canonicalPair(a: string, b: string): Pair {
  return compareCodes(a, b) <= 0 ? [a, b] : [b, a];
}

/** Every unordered pair of distinct items, each with the lower code first, given how to read an item's code. */
export function pairsOf<T>(items: readonly T[], codeOf: (item: T) => string): [low: T, high: T][] {
  const sorted = [...items].sort((x, y) => compareCodes(codeOf(x), codeOf(y)));
  return sorted.flatMap((low, i) => sorted.slice(i + 1).map((high): [T, T] => [low, high]));
}

/** Every unordered pair of distinct codes: n(n-1)/2 pairs, each lower code first. */
export function allPairs(codes: readonly string[]): Pair[] {
  return pairsOf([...new Set(codes)], (code) => code);
}

/** The slug of a pair in the order given, "425-vs-426": a comparison's route param and key (its URL: src/lib/urls.ts). */
export function pairSlug(a: string, b: string): string {
  return `${a}-vs-${b}`;
}

/** Reads "425-vs-426" back into its two codes, or undefined when the slug has another shape. */
export function parsePairSlug(slug: string): { a: string; b: string } | undefined {
  const match = /^(\d{3,5})-vs-(\d{3,5})$/.exec(slug);
  return match === null ? undefined : { a: match[1] as string, b: match[2] as string };
}

/** A stable key for a pair, whatever the order given. */
export function pairKey(a: string, b: string): string {
  const [low, high] = canonicalPair(a, b);
  return pairSlug(low, high);
}
