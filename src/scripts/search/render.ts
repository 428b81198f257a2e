/**
 * Builds the DOM for one search result. Every string goes in through textContent; the
 * only markup kept from Pagefind's excerpt is its <mark> highlighting.
 */
import type { ResultData } from './pagefind.ts';
import type { ResultHead } from '../../lib/result-heads.ts';
import { toneOf } from '../../lib/reply-code.ts';

/**
 * Pagefind puts a space on each side of a weighted element, so a number kept out of ranking
 * (QUIET_ATTRIBUTE) reads "( 522 );" in an excerpt. This closes those gaps again.
 */
export function tidyExcerpt(excerpt: string): string {
  return excerpt.replace(/([([]) +/g, '$1').replace(/ +([)\],.;:!?])/g, '$1');
}

/** Appends an excerpt to a node, turning <mark>…</mark> into real marks and everything else into text. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parts = tidyExcerpt(excerpt).split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part.length > 0) {
      const text = decodeEntities(part);
      if (marked) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        target.append(mark);
      } else {
        target.append(text);
      }
    }
  }
}

/** Pagefind escapes the page text it stores; undo that so the text node shows it once. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(lt|gt|quot|#39|#x27|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[name] ?? '',
  );
}

/** A result as a link: code badge, title, page type and excerpt; an option when it sits in a listbox. */
export function renderResult(data: ResultData, id: string, asOption = false): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'result';
  link.href = data.url;
  link.id = id;
  if (asOption) link.setAttribute('role', 'option');
  const head = document.createElement('span');
  head.className = 'result-head';
  const code = data.meta['code'];
  const pair = data.meta['pair'];
  const tag = code ?? pair;
  if (tag !== undefined) {
    const badge = document.createElement('span');
    // A pair ("425 vs 426") takes the colour of its first code.
    badge.className = `result-code ${toneOf(tag.split(' ')[0] ?? tag)}`;
    badge.textContent = tag;
    head.append(badge, ' ');
  }
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta['label'] ?? data.meta['title'] ?? data.url;
  head.append(title);
  const type = data.meta['type'];
  if (type !== undefined) {
    const tag = document.createElement('span');
    tag.className = 'result-type';
    tag.textContent = type;
    head.append(' ', tag);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  appendExcerpt(excerpt, data.excerpt);
  link.append(head, excerpt);
  return link;
}

/** A result drawn from its head alone, its excerpt to follow (fillExcerpt); a listbox row unless `asOption` is false. */
export function renderHead(head: ResultHead, id = '', asOption = true): HTMLAnchorElement {
  const row = renderResult({ ...head, excerpt: '' }, id, asOption);
  row.classList.add('excerpt-pending');
  return row;
}

/** Puts the excerpt into a row drawn by renderHead, once its fragment has arrived. */
export function fillExcerpt(row: HTMLElement, excerpt: string): void {
  const target = row.querySelector<HTMLElement>('.result-excerpt');
  if (target === null) return;
  target.replaceChildren();
  appendExcerpt(target, excerpt);
  row.classList.remove('excerpt-pending');
}

/** The place of a result whose fragment is still loading: a blank row of about a result's height, hidden from assistive technology. */
export function renderPending(): HTMLElement {
  const slot = document.createElement('div');
  slot.className = 'result-pending';
  slot.setAttribute('aria-hidden', 'true');
  return slot;
}
