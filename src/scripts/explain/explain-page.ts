/**
 * The explainer page: reads the pasted log (or one handed over by the search box, or one in a
 * share link's fragment), explains it and renders the result. Nothing leaves the page.
 */
import { explainLog } from '../../lib/ftp-log/explain.ts';
import { FACTS_ELEMENT_ID, type CodeFactsTable } from './code-facts.ts';
import { renderDiagnosis } from './render-diagnosis.ts';
import { renderItems } from './render-items.ts';
import { renderSharePanel } from './share-panel.ts';
import { decodeFragment } from './share.ts';
import { HANDOVER_KEY } from './handover.ts';

/** Wires the page up. */
export function startExplainPage(): void {
  const form = document.querySelector<HTMLFormElement>('#explain-form');
  const input = document.querySelector<HTMLTextAreaElement>('#explain-input');
  const status = document.querySelector<HTMLElement>('#explain-status');
  const result = document.querySelector<HTMLElement>('#explain-result');
  const diagnosis = document.querySelector<HTMLElement>('#explain-diagnosis');
  const share = document.querySelector<HTMLElement>('#explain-share');
  const list = document.querySelector<HTMLOListElement>('#explain-list');
  if (!form || !input || !status || !result || !diagnosis || !share || !list) return;
  const facts = JSON.parse(document.getElementById(FACTS_ELEMENT_ID)?.textContent ?? '{}') as CodeFactsTable;
  const known = new Set(Object.keys(facts));
  form.hidden = false;
  document.getElementById('explain-noscript')?.remove();
  let run = 0;

  const explain = async (shared: boolean): Promise<void> => {
    const mine = ++run;
    const text = input.value;
    if (text.trim() === '') {
      status.textContent = 'Paste a log first.';
      result.hidden = true;
      return;
    }
    const started = performance.now();
    const explanation = explainLog(text, known);
    renderDiagnosis(diagnosis, explanation, facts, shared);
    if (shared) share.replaceChildren();
    else renderSharePanel(share, text);
    result.hidden = false;
    result.removeAttribute('data-done');
    const total = explanation.items.length;
    await renderItems(list, explanation.items, facts, shared, (done) => {
      if (mine === run) status.textContent = done < total ? `Explaining… ${done} of ${total} items shown.` : '';
    });
    if (mine !== run) return;
    result.dataset['done'] = String(Math.round(performance.now() - started));
    status.textContent = `Explained ${total} ${total === 1 ? 'item' : 'items'}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void explain(false);
  });
  document.querySelector('#explain-clear')?.addEventListener('click', () => {
    run++;
    input.value = '';
    result.hidden = true;
    status.textContent = '';
    if (location.hash !== '') history.replaceState(null, '', location.pathname);
    input.focus();
  });

  const handedOver = sessionStorage.getItem(HANDOVER_KEY);
  if (handedOver !== null) {
    sessionStorage.removeItem(HANDOVER_KEY);
    input.value = handedOver;
    void explain(false);
  } else if (location.hash.length > 1) {
    void decodeFragment(location.hash).then((text) => {
      if (text === undefined) {
        status.textContent = 'This share link is damaged: its log could not be read.';
        return;
      }
      input.value = text;
      void explain(true);
    });
  }
}
