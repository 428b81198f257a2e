/**
 * Makes sure nginx is there for the hosting tests (tests/hosting/): Debian's package,
 * installed with apt-get when run as root on Debian. Anywhere else it only reports why
 * nginx is missing, and the tests say so loudly and skip.
 */
import { execSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

/** Where Debian's package (and most others) put the binary. */
const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

/** invoke-rc.d asks this script whether package scripts may start services; 101 says no. */
const POLICY_RC_D = '/usr/sbin/policy-rc.d';

/** The nginx binary, or undefined when none is installed. */
export function findNginx(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

function run(command: string): void {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit', timeout: 600_000 });
}

/** Returns the nginx binary, installing Debian's package when possible, or why there is none. */
export function ensureNginx(): { binary: string } | { missing: string } {
  const found = findNginx();
  if (found !== undefined) return { binary: found };
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get') || !existsSync('/etc/debian_version')) {
    return {
      missing:
        'nginx is not installed, and it can only be installed automatically as root on Debian (apt-get install nginx)',
    };
  }
  // The package would start a system nginx on port 80; the tests start their own on a
  // loopback port, so service starts are refused for the length of the install.
  const ownPolicy = !existsSync(POLICY_RC_D);
  try {
    if (ownPolicy) writeFileSync(POLICY_RC_D, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx');
  } catch (error) {
    return { missing: `installing Debian's nginx failed: ${(error as Error).message}` };
  } finally {
    if (ownPolicy) rmSync(POLICY_RC_D, { force: true });
  }
  const installed = findNginx();
  return installed === undefined
    ? { missing: 'apt-get installed nginx, but no nginx binary was found' }
    : { binary: installed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = ensureNginx();
  console.log('binary' in result ? `nginx: ${result.binary}` : `nginx missing: ${result.missing}`);
}
