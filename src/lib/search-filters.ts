/** The Pagefind filter values of a code page (class, kind, retry verdict), and every value a filter can take. */
import { KIND_LABELS } from './describe.ts';
import { CLASS_DIGITS, classOf, retryVerdictOf } from './reply-code.ts';
import type { CodeKind } from '../schemas/code-entry.ts';

/** A kind as a filter value: "non standard", "socket error" (Pagefind shows it as written). */
const kindValue = (kind: string): string => kind.replace('-', ' ');

/** The class filter's value for codes without a class. */
const SOCKET_ERROR = kindValue('socket-error');

/** Every filter and its possible values, in display order: the search page renders these. */
export const SEARCH_FILTERS: { name: string; label: string; values: string[] }[] = [
  { name: 'type', label: 'Page type', values: ['code', 'command', 'comparison', 'guide', 'index'] },
  { name: 'class', label: 'Class', values: [...CLASS_DIGITS.map((d) => `${d}xx`), SOCKET_ERROR] },
  { name: 'kind', label: 'Kind', values: Object.keys(KIND_LABELS).map(kindValue) },
  { name: 'retry', label: 'Retry', values: ['transient', 'permanent'] },
];

/** Filter values for a code, e.g. { class: '4xx', kind: 'standard', retry: 'transient' }. */
export function searchFiltersOf(code: string, kind: CodeKind): Record<string, string> {
  const digit = classOf(code);
  const verdict = retryVerdictOf(code);
  return {
    class: digit === undefined ? SOCKET_ERROR : `${digit}xx`,
    kind: kindValue(kind),
    ...(verdict === 'transient' || verdict === 'permanent' ? { retry: verdict } : {}),
  };
}
