/**
 * The bench's text-specificity figures: for curated and generated comparisons, the median
 * share of a page's text that is about its pair (see tests/helpers/pair-specific.ts).
 */
import { builtPages } from '../../tests/helpers/site.ts';
import { pageUnits, pairSpecificShares } from '../../tests/helpers/pair-specific.ts';
import { codeUrl } from '../../src/lib/urls.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median pair-specific share, in percent, of curated (indexable) and generated comparisons. */
export function pairSpecificByType(): Record<string, number> {
  const pages = builtPages();
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const comparisons = pages.filter((p) => /^\/compare\/\d+-vs-\d+\/$/.test(p.path) && !p.redirect);
  const units = new Map<string, Set<string>>();
  const unitsOf = (code: string): Set<string> => {
    if (!units.has(code)) units.set(code, pageUnits(byPath.get(codeUrl(code))));
    return units.get(code) as Set<string>;
  };
  const shares = pairSpecificShares(comparisons, unitsOf);
  const percent = (noindex: boolean): number =>
    +(median(comparisons.filter((p) => p.noindex === noindex).map((p) => shares.get(p.path) ?? 0)) * 100).toFixed(1);
  return {
    'curated comparison: text specific to the pair, median %': percent(false),
    'generated comparison: text specific to the pair, median %': percent(true),
  };
}
