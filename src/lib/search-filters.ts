/** The Pagefind filter values of a code page (class, kind, retry verdict), and every value a filter can take. */
import { CLASS_DIGITS, classOf, retryVerdictOf } from './reply-code.ts';

/** Every filter and its possible values, in display order: the search page renders these. */
export const SEARCH_FILTERS: { name: string; label: string; values: string[] }[] = [
  { name: 'type', label: 'Page type', values: ['code', 'command', 'comparison', 'guide', 'index'] },
  { name: 'class', label: 'Class', values: [...CLASS_DIGITS.map((d) => `${d}xx`), 'socket error'] },
  { name: 'kind', label: 'Kind', values: ['standard', 'extension', 'obsolete', 'non standard', 'socket error'] },
  { name: 'retry', label: 'Retry', values: ['transient', 'permanent'] },
];

/** Filter values for a code, e.g. { class: '4xx', kind: 'standard', retry: 'transient' }. */
export function searchFiltersOf(code: string, kind: string): Record<string, string> {
  const digit = classOf(code);
  const verdict = retryVerdictOf(code);
  return {
    class: digit === undefined ? 'socket error' : `${digit}xx`,
    kind: kind.replace('-', ' '),
    ...(verdict === 'transient' || verdict === 'permanent' ? { retry: verdict } : {}),
  };
}
