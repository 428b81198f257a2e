/**
 * The search box's offer to explain a log: when what was typed or pasted looks like a log, a
 * link "Explain this log" leads to the explainer, which gets the text through sessionStorage
 * (a search box drops the line breaks of a paste, so the pasted text is kept as it came).
 */
import { looksLikeLog } from '../../lib/ftp-log/looks-like-log.ts';
import { explainUrl } from '../../lib/urls.ts';
import { HANDOVER_KEY } from './handover.ts';

/** Adds the offer to a search form's results panel. */
export function attachExplainOffer(panel: HTMLElement, input: HTMLInputElement): void {
  const offer = document.createElement('a');
  offer.className = 'explain-offer';
  offer.href = explainUrl();
  offer.textContent = 'Explain this log';
  offer.hidden = true;
  panel.prepend(offer);
  let pasted: string | undefined;
  const current = (): string => {
    const first = pasted
      ?.split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim();
    return pasted !== undefined && first !== undefined && input.value.includes(first) ? pasted : input.value;
  };
  input.addEventListener('paste', (event) => {
    pasted = event.clipboardData?.getData('text') ?? undefined;
  });
  input.addEventListener('input', () => {
    offer.hidden = !looksLikeLog(current());
  });
  offer.addEventListener('click', () => {
    sessionStorage.setItem(HANDOVER_KEY, current());
  });
}
