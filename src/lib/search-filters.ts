/** The Pagefind filter values of a code page: class, kind and retry verdict. */
import { classOf, retryVerdictOf } from './reply-code.ts';

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
