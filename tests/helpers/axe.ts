/** axe-core over the page as it stands, against WCAG 2.2 AA: each violation as "rule: first targets". */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The page's accessibility violations, one line each (at most three elements named); empty when there are none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
