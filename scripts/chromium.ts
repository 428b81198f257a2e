/**
 * How every browser this project starts is launched: Debian's Chromium when it is installed
 * (CI installs it), Playwright's own otherwise, with the flags that keep a headless run quiet
 * and free of background network traffic. Shared by the e2e config, the hosting and
 * Lighthouse tests, the bench and the screenshot script.
 */
import { existsSync } from 'node:fs';

/** Where Debian's chromium package puts the browser. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Command-line flags for every headless Chromium run. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for Playwright's chromium.launch() or a config's launchOptions. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  return { ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}), args: [...CHROMIUM_ARGS] };
}
