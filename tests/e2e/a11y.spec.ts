/**
 * Zero axe-core violations (WCAG 2.2 AA rules) on one page of each type in the light theme, and
 * zero colour violations in the dark one (the themes differ only in colour: see tests/helpers/axe.ts).
 */
import { test, expect } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { CODES } from '../helpers/expected.ts';
import { OBSERVATIONS } from '../helpers/recordings.ts';
import {
  codeUrl,
  compareUrl,
  classUrl,
  groupUrl,
  guideUrl,
  compareIndexUrl,
  scenarioUrl,
  serverUrl,
  serversUrl,
} from '../../src/lib/urls.ts';

const PAGES: Record<string, string> = {
  home: '/',
  code: codeUrl(CODES[0] as string),
  class: classUrl('4'),
  group: groupUrl('2'),
  comparison: compareUrl(CODES[0] as string, CODES[1] as string),
  'compare index': compareIndexUrl(),
  'guide: session': guideUrl('ftp-session'),
  'guide: active vs passive': guideUrl('active-vs-passive'),
  'guide: reading replies': guideUrl('reply-codes'),
  'guide: FTP, FTPS, SFTP': guideUrl('ftp-ftps-sftp'),
  'not found': '/no/such/page/',
  'code with recorded replies': codeUrl('550'),
  'real servers': serversUrl(),
  'one server': serverUrl('vsftpd'),
  'one scenario': scenarioUrl(OBSERVATIONS[0]?.scenario as string),
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page, { coloursOnly: scheme === 'dark' })).toEqual([]);
      });
    }
    test('search with results open has no axe violations', async ({ page }) => {
      await page.goto('/');
      await page.locator('#header-search').fill('connection');
      await expect(page.locator('#header-search-results a.result').first()).toBeVisible();
      expect(await axeViolations(page, { coloursOnly: scheme === 'dark' })).toEqual([]);
    });
  });
}
