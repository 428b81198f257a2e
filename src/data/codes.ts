/**
 * Memoised queries over the codes collection: read and checked once per build,
 * then shared by every page (calling getCollection per page slows big builds).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertCollection } from '../lib/collection-checks.ts';
import { classOf, compareCodes, groupOf, type ClassDigit, type GroupDigit } from '../lib/reply-code.ts';

/** One entry of the codes collection. */
export type CodeEntry = CollectionEntry<'codes'>;

let cache: Promise<CodeEntry[]> | undefined;

/** Every code entry, checked across the collection and sorted numerically. */
export function getCodes(): Promise<CodeEntry[]> {
  cache ??= getCollection('codes').then((entries) => {
    assertCollection(entries);
    return entries.sort((a, b) => compareCodes(a.data.code, b.data.code));
  });
  return cache;
}

/** A map from code to entry, for lookups by related codes and comparisons. */
export async function getCodeMap(): Promise<Map<string, CodeEntry>> {
  return new Map((await getCodes()).map((entry) => [entry.data.code, entry]));
}

/** The three-digit codes of one class, in order. */
export async function getCodesInClass(digit: ClassDigit): Promise<CodeEntry[]> {
  return (await getCodes()).filter((e) => classOf(e.data.code) === digit);
}

/** The three-digit codes of one group, in order. */
export async function getCodesInGroup(digit: GroupDigit): Promise<CodeEntry[]> {
  return (await getCodes()).filter((e) => groupOf(e.data.code) === digit);
}

/** The Windows socket errors, in order. */
export async function getSocketErrors(): Promise<CodeEntry[]> {
  return (await getCodes()).filter((e) => e.data.kind === 'socket-error');
}
