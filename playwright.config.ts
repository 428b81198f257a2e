/**
 * Playwright runs against the production build served by `astro preview`
 * (search only exists in a build). Debian's Chromium is used when present.
 */
import { defineConfig, devices } from '@playwright/test';
import { checkoutPort } from './tests/helpers/ports.ts';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

/**
 * The preview port: E2E_PORT when set, otherwise one derived from the checkout's path, so two
 * checkouts on one machine never test each other's server (reuseExistingServer would
 * silently do so on a shared fixed port).
 */
const PORT = Number(process.env['E2E_PORT'] ?? checkoutPort(4329));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // npm test runs these beside the CPU-heavy tiers (scripts/test-all.ts), so a step may take a
  // few times longer than alone: the first search loads Pagefind and its WebAssembly, and axe
  // over the largest page took 14 s there.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // The build is made once by scripts/test-all.ts before Playwright starts.
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
