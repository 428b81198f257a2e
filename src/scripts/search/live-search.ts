/**
 * Results as you type under a search box (a combobox with a listbox of links). Each
 * keystroke first shows the instant answers of the local table (a pair's comparison, the
 * code a reply line names, the code whose text was typed), in the same frame; then, one
 * frame later, Pagefind's full-text results, each drawn as soon as Pagefind names it (from the
 * table of result heads) and its excerpt filled in when its fragment arrives.
 * Arrows move through the results, Enter opens the chosen one; otherwise the form's own
 * submit handler (SearchLoader) opens a bare code or a pair, or the full search page.
 */
import { loadPagefind, type Result } from './pagefind.ts';
import { fillExcerpt, renderHead, renderPending, renderResult } from './render.ts';
import { loadResultHeads, resultHeadsIfLoaded } from './result-heads.ts';
import { loadSearchCss } from './load-css.ts';
import { attachExplainOffer } from '../explain/offer.ts';
import { loadInstantTable } from './instant-table.ts';
import { loadChunkList, preloadQuery } from './preload-query.ts';
import { instantAnswers, type PreparedTable } from './instant-answers.ts';
import { exactCode, exactPair, typedFullTextQuery, type KnownCodes } from './query.ts';
import { codeUrl, compareUrl, searchUrl } from '../../lib/urls.ts';

// The search page imports its helpers through this module, so one search chunk serves both.
export { loadPagefind } from './pagefind.ts';
export { fillExcerpt, renderHead, renderResult } from './render.ts';
export { loadResultHeads } from './result-heads.ts';
export { loadSearchCss } from './load-css.ts';
export { fullTextQuery } from './query.ts';
export { preloadQuery } from './preload-query.ts';

/** How many results the panel shows without scrolling (about five of its 36rem); no more fragments are fetched. */
const VISIBLE = 5;
/** Full-text results fetched even below a full set of instant answers, as Pagefind may repeat one of them. */
const MIN_FULL_TEXT = 3;

/** Starts loading everything a search needs (table, Pagefind and its index files); safe to call often. */
export function prepareSearch(): void {
  loadSearchCss();
  loadInstantTable().catch(() => undefined);
  loadPagefind().catch(() => undefined);
  loadChunkList().catch(() => undefined);
  loadResultHeads().catch(() => undefined);
}

/** Where Enter in a search box goes without a chosen result: a bare code's page or a pair's comparison. */
export function enterTarget(query: string, codes: KnownCodes): string | undefined {
  const pair = exactPair(query, codes);
  if (pair !== undefined) return compareUrl(...pair);
  const code = exactCode(query, codes);
  return code === undefined ? undefined : codeUrl(code);
}

/** Turns a plain search form into a live search; safe to call once per form. */
export function attachLiveSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input === null || form.dataset['live'] === 'on') return;
  form.dataset['live'] = 'on';
  prepareSearch();

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
  status.hidden = true;
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

  let table: PreparedTable | undefined;
  let instantRows: HTMLAnchorElement[] = [];
  /** Full-text rows in rank order, with placeholders for those still loading. */
  let fullRows: HTMLElement[] = [];
  let active: HTMLAnchorElement | undefined;
  let generation = 0;
  let frame = 0;

  /** Puts the rows in the listbox, numbers their ids, and keeps the chosen one chosen. */
  const draw = (): void => {
    list.replaceChildren(...instantRows, ...fullRows);
    const rows = [...list.querySelectorAll<HTMLAnchorElement>('a.result')];
    rows.forEach((row, i) => {
      row.id = `${list.id}-${i}`;
    });
    if (active !== undefined && !rows.includes(active)) active = undefined;
    if (active === undefined) input.removeAttribute('aria-activedescendant');
    else input.setAttribute('aria-activedescendant', active.id);
  };

  const close = (): void => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = undefined;
  };

  const open = (): void => {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const highlight = (step: number): void => {
    const rows = [...list.querySelectorAll<HTMLAnchorElement>('a.result')];
    if (rows.length === 0) return;
    const at = active === undefined ? (step > 0 ? -1 : 0) : rows.indexOf(active);
    const next = rows[(at + step + rows.length) % rows.length];
    if (next === undefined) return;
    active = next;
    rows.forEach((row) => row.setAttribute('aria-selected', String(row === active)));
    input.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  };

  /** Says "no results" once both kinds of results are in and there are none. */
  const settle = (query: string): void => {
    const none = instantRows.length === 0 && fullRows.length === 0;
    status.textContent = none ? `No results for “${query}”.` : '';
    status.hidden = !none;
    panel.dataset['done'] = query;
  };

  /** Full-text results for a query (`text`, as the index gets it), each drawn as soon as Pagefind names it. */
  const fullText = async (query: string, text: string, mine: number, chunks: Promise<void>): Promise<void> => {
    let results: Result[];
    try {
      const pagefind = await loadPagefind();
      // Pagefind would fetch its own picks of chunks, but not the later ones a prefix needs.
      await chunks;
      if (mine !== generation) return;
      const wanted = Math.max(MIN_FULL_TEXT, VISIBLE - instantRows.length);
      results = (await pagefind.search(text))?.results.slice(0, wanted) ?? [];
    } catch {
      if (mine !== generation) return;
      fullRows = [];
      draw();
      status.textContent = 'Full-text search could not load; the results above come from the list of codes.';
      status.hidden = false;
      return;
    }
    if (mine !== generation) return;
    // One slot per result, in rank order. A result whose head is in the table of result heads is
    // drawn at once, its excerpt filled in when its fragment arrives; any other holds a placeholder
    // until then. A row that repeats an instant answer becomes nothing. Each fragment fills its
    // slot as soon as it is in, whatever its rank, so one fetched by an earlier query (or a small
    // one) shows at once instead of waiting behind a larger one ranked above it; the placeholders
    // keep every row in its place. The previous query's rows stay until the first new row is drawn.
    const shown = new Set(instantRows.map((row) => row.getAttribute('href')));
    const heads = resultHeadsIfLoaded();
    const slots: (HTMLElement | null)[] = results.map((result) => {
      const head = heads?.[result.id];
      if (head === undefined) return renderPending();
      return shown.has(head.url) ? null : renderHead(head);
    });
    const paint = (): void => {
      fullRows = slots.filter((slot): slot is HTMLElement => slot !== null);
      draw();
    };
    let started = slots.some((slot) => slot?.matches('a.result') === true);
    if (started) paint();
    await Promise.all(
      results.map(async (result, i) => {
        // A known repeat of an instant answer needs no fragment (that of 550, the largest, came
        // with every query that also names 550).
        if (slots[i] === null) return;
        const data = await result.data();
        if (mine !== generation) return;
        const slot = slots[i];
        if (slot === null || slot === undefined) return;
        if (slot.matches('a.result')) {
          fillExcerpt(slot, data.excerpt);
          return;
        }
        const row = shown.has(data.url) ? null : renderResult(data, '', true);
        slots[i] = row;
        started ||= row !== null;
        if (started) paint();
      }),
    );
    if (mine !== generation) return;
    paint();
    settle(query);
  };

  const update = (): void => {
    const query = input.value.trim();
    const mine = ++generation;
    cancelAnimationFrame(frame);
    delete panel.dataset['done'];
    if (query === '') {
      close();
      return;
    }
    // Instant answers in this frame; the previous full-text rows stay, dimmed, until new ones arrive.
    instantRows = (table === undefined ? [] : instantAnswers(query, table)).map((hit) => {
      const row = renderResult(hit, '', true);
      row.classList.add('instant');
      return row;
    });
    const instantUrls = new Set(instantRows.map((row) => row.getAttribute('href')));
    fullRows = fullRows.filter((row) => row.matches('a.result') && !instantUrls.has(row.getAttribute('href')));
    for (const row of fullRows) row.classList.add('stale');
    draw();
    status.hidden = true;
    more.href = searchUrl(query);
    open();
    const text = typedFullTextQuery(query);
    if (text === '') {
      // A single letter so far: the instant answers alone, without "no results" while typing.
      fullRows = [];
      draw();
      panel.dataset['done'] = query;
      return;
    }
    // The index chunks the words need start loading now (on a slow connection they are most of
    // the wait); the search starts one frame later, so keys typed within one frame make one search.
    const chunks = preloadQuery(text).catch(() => undefined);
    frame = requestAnimationFrame(() => void fullText(query, text, mine, chunks));
  };

  loadInstantTable()
    .then((loaded) => {
      table = loaded;
      // Typed before the table arrived: show its answers now.
      if (input.value.trim() !== '' && instantRows.length === 0) update();
    })
    .catch(() => undefined);

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(-1);
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && active !== undefined && !panel.hidden) {
      // A chosen result wins; otherwise the form's own submit handler (SearchLoader) runs.
      event.preventDefault();
      location.href = active.href;
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim() !== '') update();
}
