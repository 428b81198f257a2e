/**
 * What the built site must contain, derived from content/codes on disk: the tests never
 * hard-code the list of codes, so adding an entry adds its checks.
 */
import { readEntries } from './entries.ts';
import { classOf, groupOf, compareCodes, CLASS_DIGITS, GROUP_DIGITS } from '../../src/lib/reply-code.ts';

/** Every code in the collection, in numeric order. */
export const CODES: string[] = readEntries()
  .map((e) => String(e.data['code']))
  .sort(compareCodes);

/** The titles by code. */
export const TITLES: Map<string, string> = new Map(
  readEntries().map((e) => [String(e.data['code']), String(e.data['title'])]),
);

/** For each class digit, exactly the codes that must be listed on its page. */
export const CODES_BY_CLASS = Object.fromEntries(CLASS_DIGITS.map((d) => [d, CODES.filter((c) => classOf(c) === d)]));

/** For each group digit, exactly the codes that must be listed on its page. */
export const CODES_BY_GROUP = Object.fromEntries(GROUP_DIGITS.map((d) => [d, CODES.filter((c) => groupOf(c) === d)]));

/** The socket errors. */
export const SOCKET_ERRORS: string[] = CODES.filter((c) => classOf(c) === undefined);
