/**
 * Makes sure Playwright has a Chromium: Debian's package when it is installed or can be
 * (root on Debian, via apt-get), otherwise Playwright's own download.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function run(command: string): void {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

/** Returns once a Chromium is available for Playwright, or throws. */
export function ensureBrowser(): void {
  if (existsSync(SYSTEM_CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    if (existsSync(SYSTEM_CHROMIUM)) return;
  }
  run('npx playwright install chromium');
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowser();
