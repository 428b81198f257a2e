/** axe-core over the page as it stands, against WCAG 2.2 AA: each violation as "rule: first targets". */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The rules whose outcome depends on colour. The dark theme changes only colours (custom
 * properties on the root): its markup is the light theme's, so a second run of the structural
 * rules would repeat the first run's answers at twice the cost.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The page's accessibility violations, one line each (at most three elements named); empty when
 * there are none. `coloursOnly` runs only the colour rules, for a second theme of a page whose
 * other rules were run in the first.
 */
export async function axeViolations(page: Page, options: { coloursOnly?: boolean } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (options.coloursOnly === true) builder.withRules(COLOUR_RULES);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
