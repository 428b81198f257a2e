/**
 * How much of a comparison page is about its pair: the share of its text, by characters,
 * in sentences that neither code's own page contains and that at most a few other
 * comparison pages repeat. The bench reports it per page type (curated and generated).
 */
import { NodeType, type HTMLElement } from 'node-html-parser';
import type { BuiltPage } from './site.ts';

/** How many other comparison pages may repeat a sentence before it counts as boilerplate. */
const FEW_PAGES = 3;

const normal = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/#\s*Link to this section/g, '')
    .trim();

const LEAVES = new Set(['H1', 'H2', 'H3', 'P', 'LI', 'TH', 'TD', 'DT', 'DD', 'FIGCAPTION']);
const SKIPPED = new Set(['NAV', 'THEAD', 'SCRIPT', 'STYLE']);

function hasBlock(el: HTMLElement): boolean {
  return el.childNodes.some(
    (c) =>
      c.nodeType === NodeType.ELEMENT_NODE &&
      (['P', 'LI', 'PRE', 'UL', 'OL'].includes((c as HTMLElement).tagName) || hasBlock(c as HTMLElement)),
  );
}

/** The sentences a reader reads in a page's <main>: prose, table cells, captions and transcript lines. */
export function readableUnits(main: HTMLElement): string[] {
  const units: string[] = [];
  const walk = (el: HTMLElement): void => {
    if (SKIPPED.has(el.tagName) || el.classList.contains('more') || el.hasAttribute('data-search-meta')) return;
    if (el.tagName === 'PRE') {
      units.push(
        ...el.innerHTML
          .replace(/<[^>]+>/g, '')
          .split('\n')
          .map(normal)
          .filter(Boolean),
      );
      return;
    }
    if (LEAVES.has(el.tagName) && !hasBlock(el)) {
      units.push(
        ...normal(el.text)
          .split(/(?<=[.?!])\s+(?=[A-Z0-9"“])/)
          .filter((t) => t.length > 0),
      );
      return;
    }
    for (const child of el.childNodes) if (child.nodeType === NodeType.ELEMENT_NODE) walk(child as HTMLElement);
  };
  walk(main);
  return units;
}

/** The share of pair-specific text on each comparison page, by page path. */
export function pairSpecificShares(
  comparisons: readonly BuiltPage[],
  codePageUnits: (code: string) => ReadonlySet<string>,
): Map<string, number> {
  const unitsByPage = new Map(
    comparisons.map((p) => [p.path, readableUnits(p.root.querySelector('main') as HTMLElement)]),
  );
  const pagesWith = new Map<string, number>();
  for (const units of unitsByPage.values())
    for (const u of new Set(units)) pagesWith.set(u, (pagesWith.get(u) ?? 0) + 1);
  const shares = new Map<string, number>();
  for (const [path, units] of unitsByPage) {
    const [, a, b] = /^\/compare\/(\d+)-vs-(\d+)\/$/.exec(path) ?? [];
    const own = [codePageUnits(a ?? ''), codePageUnits(b ?? '')];
    // Copied whole, or quoted inside a longer line ("Seen from 451: <the entry's note>").
    const copied = (u: string): boolean =>
      own.some(
        (set) =>
          set.has(u) || (u.length >= 40 && [...set].some((o) => o.length >= 40 && (u.includes(o) || o.includes(u)))),
      );
    const total = units.reduce((n, u) => n + u.length, 0);
    const specific = units
      .filter((u) => !copied(u) && (pagesWith.get(u) ?? 0) <= FEW_PAGES + 1)
      .reduce((n, u) => n + u.length, 0);
    shares.set(path, total === 0 ? 0 : specific / total);
  }
  return shares;
}

/** The sentences of a code page's <main>, for the "copied from the entry" test. */
export function pageUnits(page: BuiltPage | undefined): Set<string> {
  const main = page?.root.querySelector('main');
  return new Set(main === null || main === undefined ? [] : readableUnits(main));
}
