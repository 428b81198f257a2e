/**
 * Results as you type under a search box (a combobox with a listbox of links):
 * arrows move through the results, Enter opens the chosen one, Enter on a bare known
 * code opens its page, and Enter otherwise goes to the full search page.
 */
import { loadPagefind } from './pagefind.ts';
import { renderResult } from './render.ts';
import { loadSearchCss } from './load-css.ts';
import { attachExplainOffer } from '../explain/offer.ts';

// The search page imports its helpers through this module, so the bundle has one search
// chunk with no imports of its own, and pages load it without a preload helper.
export { loadPagefind } from './pagefind.ts';
export { renderResult } from './render.ts';
export { loadSearchCss } from './load-css.ts';

const MAX_RESULTS = 8;

/** Turns a plain search form into a live search; safe to call once per form. */
export function attachLiveSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input === null || form.dataset['live'] === 'on') return;
  form.dataset['live'] = 'on';
  loadSearchCss();

  // The panel holds the listbox of results and, after it, a link to the full search page
  // (a listbox may only contain options).
  const panel = document.createElement('div');
  panel.className = 'live-results';
  panel.hidden = true;
  const list = document.createElement('div');
  list.id = `${input.id}-results`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const status = document.createElement('p');
  status.className = 'live-empty';
  const more = document.createElement('a');
  more.className = 'live-more';
  more.textContent = 'All results and filters';
  panel.append(status, list, more);
  form.append(panel);
  attachExplainOffer(panel, input);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'list');

  let active = -1;
  let generation = 0;
  const options = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a.result')];

  const close = (): void => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number): void => {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const chosen = all[active] as HTMLAnchorElement;
    input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  };

  const update = async (): Promise<void> => {
    const query = input.value.trim();
    const mine = ++generation;
    if (query === '') { close(); return; }
    const pagefind = await loadPagefind();
    const found = await pagefind.search(query);
    const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mine !== generation) return; // a newer keystroke has taken over
    list.replaceChildren(...data.map((d, i) => renderResult(d, `${list.id}-${i}`, true)));
    status.textContent = data.length === 0 ? `No results for “${query}”.` : '';
    status.hidden = data.length > 0;
    more.href = `/search/?q=${encodeURIComponent(query)}`;
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight(active + 1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active - 1); }
    else if (event.key === 'Escape') { close(); }
    else if (event.key === 'Enter') {
      // A chosen result wins; otherwise the form's own submit handler (SearchLoader) runs.
      const chosen = options()[active];
      if (chosen !== undefined && !panel.hidden) { event.preventDefault(); location.href = chosen.href; }
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim() !== '') void update();
}
