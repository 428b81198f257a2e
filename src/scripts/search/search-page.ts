/**
 * The /search/ page: runs the query from ?q=, renders every result, and builds the
 * filter checkboxes from the index's own filters (page type, class, kind, retry).
 */
import {
  fillExcerpt,
  fullTextQuery,
  loadPagefind,
  loadResultHeads,
  loadSearchCss,
  preloadQuery,
  renderHead,
  renderResult,
} from './live-search.ts';
import type { Result } from './pagefind.ts';

/** How many results the page lists. */
const LISTED = 50;

/** Reads the checked filters from the form. */
function selectedFilters(box: HTMLElement): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (chosen[input.name] ??= []).push(input.value);
  }
  return chosen;
}

/** Fills in a listed result's excerpt once its fragment arrives, unless a newer search has replaced the list. */
async function fillWhenLoaded(result: Result, row: HTMLElement, current: () => boolean): Promise<void> {
  const data = await result.data();
  if (current()) fillExcerpt(row, data.excerpt);
}

/** Starts the page: prefill from ?q=, search, and search again on typing or filtering. */
export async function runSearchPage(): Promise<void> {
  const fallback = document.getElementById('search-fallback');
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const filterBox = document.getElementById('search-filters');
  const input = document.querySelector<HTMLInputElement>('#page-search');
  if (!results || !status || !filterBox || !input) return;
  loadSearchCss();
  fallback?.remove();
  input.value = new URLSearchParams(location.search).get('q') ?? '';

  // Pagefind (and its WebAssembly) loads with the first actual search, not with the page.
  let generation = 0;
  const run = async (): Promise<void> => {
    const mine = ++generation;
    const query = input.value.trim();
    const filters = selectedFilters(filterBox);
    const url = new URL(location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    if (query === '' && Object.keys(filters).length === 0) {
      results.replaceChildren();
      status.textContent = 'Type a code number, a reply text or a symptom.';
      return;
    }
    const pagefind = await loadPagefind();
    if (query !== '') await preloadQuery(fullTextQuery(query)).catch(() => undefined);
    const found = await pagefind.search(query === '' ? null : fullTextQuery(query), { filters });
    const listed = (found?.results ?? []).slice(0, LISTED);
    const heads = await loadResultHeads().catch(() => undefined);
    if (mine !== generation) return;
    status.textContent =
      listed.length === 0
        ? `No results for “${query}”.`
        : `${found?.results.length ?? 0} results${query === '' ? '' : ` for “${query}”`}.`;
    const drawn = listed.flatMap((result, i) => {
      const head = heads?.[result.id];
      return head === undefined ? [] : [{ result, row: renderHead(head, `search-result-${i}`, false) }];
    });
    if (drawn.length === listed.length) {
      // Every result listed at once from its head; the excerpts follow as their fragments arrive.
      results.replaceChildren(...drawn.map(({ row }) => row));
      await Promise.all(drawn.map(({ result, row }) => fillWhenLoaded(result, row, () => mine === generation)));
      return;
    }
    // Without the table of heads (a failed fetch), each result waits for its fragment.
    const data = await Promise.all(listed.map((r) => r.data()));
    if (mine !== generation) return;
    results.replaceChildren(...data.map((d, i) => renderResult(d, `search-result-${i}`)));
  };

  // The checkboxes are in the page from the start (no layout shift); this script enables them.
  filterBox.addEventListener('change', () => void run());
  (filterBox as HTMLFieldSetElement).disabled = false;
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  await run();
}
