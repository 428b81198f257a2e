/** Which reply of a run the scenario is about: the rule that sets `focus` in a transcript. */
import type { TranscriptItem } from './types.ts';

/** The server items that answer one client line: those after it, up to the next client line. */
function answers(items: TranscriptItem[], from: number): number[] {
  const out: number[] = [];
  for (let n = from + 1; n < items.length; n += 1) {
    const item = items[n] as TranscriptItem;
    if ('client' in item) break;
    if ('server' in item) out.push(n);
  }
  return out;
}

/**
 * Marks the reply the scenario is about, when the client did not mark it itself. Candidates
 * are the replies to the scenario's focus commands ("greeting": what the server sent before
 * the first command). The first refusal (4xx or 5xx) among them wins; without one, the final
 * reply to the last focus command sent (226 after 150, not the 150).
 */
export function markFocus(items: TranscriptItem[], verbs: string[]): TranscriptItem[] {
  if (items.some((i) => 'server' in i && i.focus)) return items;
  const wanted = new Set(verbs.map((v) => v.toUpperCase()));
  const groups: number[][] = [];
  if (wanted.has('GREETING')) groups.push(answers(items, -1));
  items.forEach((item, n) => {
    if ('client' in item && wanted.has(item.client.split(' ')[0]?.toUpperCase() ?? '')) groups.push(answers(items, n));
  });
  const candidates = groups.flat();
  const refusal = candidates.find((n) => /^[45]/.test((items[n] as { server: string[] }).server[0] ?? ''));
  const index =
    refusal ??
    groups
      .filter((g) => g.length > 0)
      .pop()
      ?.pop() ??
    -1;
  return items.map((item, n) => (n === index && 'server' in item ? { ...item, focus: true as const } : item));
}
