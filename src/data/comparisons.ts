/**
 * Comparison data, derived once from the codes collection: the facts each side needs,
 * and the curated pairs (a `related` item with a `test` line in either entry).
 */
import { getCodes, type CodeEntry } from './codes.ts';
import { canonicalPair, pairKey, type Pair } from '../lib/pairs.ts';
import type { CompareSide } from '../lib/compare.ts';
import { relationSideOf } from './relations.ts';

/** A pair people really confuse, with its hand-written decision test. */
export interface CuratedPair {
  pair: Pair;
  /** The one-line test that tells the two apart. */
  test: string;
  /** How each code differs from the other, by code, where its entry says so. */
  notes: Record<string, string>;
}

/** The facts of an entry that comparisons read. */
export async function compareSideOf(entry: CodeEntry): Promise<CompareSide> {
  const { data } = entry;
  return {
    code: data.code,
    kind: data.kind,
    channel: data.channel,
    commands: data.commands,
    serverCommands: (await relationSideOf(entry)).serverCommands,
    greeting: data.greeting,
    rfcText: data.rfcText,
    symbol: data.symbol,
  };
}

let curated: Promise<Map<string, CuratedPair>> | undefined;

/** Every curated pair, keyed by its canonical slug ("425-vs-426"). */
export function getCuratedPairs(): Promise<Map<string, CuratedPair>> {
  curated ??= getCodes().then((entries) => {
    const pairs = new Map<string, CuratedPair>();
    const notes = new Map<string, Record<string, string>>();
    for (const entry of entries) {
      for (const r of entry.data.related ?? []) {
        const key = pairKey(entry.data.code, r.code);
        notes.set(key, { ...notes.get(key), [entry.data.code]: r.note });
        if (r.test !== undefined && !pairs.has(key))
          pairs.set(key, { pair: canonicalPair(entry.data.code, r.code), test: r.test, notes: {} });
      }
    }
    for (const [key, pair] of pairs) pair.notes = notes.get(key) ?? {};
    return pairs;
  });
  return curated;
}

let notes: Promise<Map<string, Record<string, string>>> | undefined;

/**
 * The hand-written notes on any pair, curated or not: for each `related` item, its note,
 * keyed by the pair's slug and then by the code whose entry wrote it.
 */
export function getPairNotes(): Promise<Map<string, Record<string, string>>> {
  notes ??= getCodes().then((entries) => {
    const out = new Map<string, Record<string, string>>();
    for (const entry of entries) {
      for (const r of entry.data.related ?? []) {
        const key = pairKey(entry.data.code, r.code);
        out.set(key, { ...out.get(key), [entry.data.code]: r.note });
      }
    }
    return out;
  });
  return notes;
}

/** The curated pairs that include a code, as the other code of each. */
export async function curatedPartnersOf(code: string): Promise<string[]> {
  return [...(await getCuratedPairs()).values()].flatMap(({ pair }) =>
    pair[0] === code ? [pair[1]] : pair[1] === code ? [pair[0]] : [],
  );
}
