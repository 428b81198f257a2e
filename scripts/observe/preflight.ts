/**
 * Checks before anything runs: root on Debian (the servers come from Debian's packages, and
 * need root to switch users and chroot), and the client programs, installed with apt when missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { runChecked } from './exec.ts';

/** The programs the runs use, each with the Debian package that provides it. */
const TOOLS: { path: string; pkg: string }[] = [
  { path: '/usr/bin/curl', pkg: 'curl' },
  { path: '/usr/bin/lftp', pkg: 'lftp' },
  { path: '/usr/bin/python3', pkg: 'python3' },
  { path: '/usr/bin/openssl', pkg: 'openssl' },
];

/** Returns why the recorder cannot run here, or undefined when it can. */
export function whyNot(): string | undefined {
  if (process.platform !== 'linux') return `this is ${process.platform}, not Debian`;
  if (process.getuid?.() !== 0)
    return 'it needs root (to create the FTP accounts, and because the servers switch users and chroot)';
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  if (!/^ID=debian$/m.test(release))
    return 'this is not Debian (/etc/os-release has no ID=debian); the servers come from Debian packages';
  if (!existsSync('/usr/bin/apt-get') || !existsSync('/usr/bin/dpkg-deb')) return 'apt-get or dpkg-deb is missing';
  return undefined;
}

/** Installs the missing client programs from Debian's packages. */
export function ensureTools(): void {
  const missing = TOOLS.filter((t) => !existsSync(t.path)).map((t) => t.pkg);
  if (missing.length === 0) return;
  console.log(`observe: installing ${missing.join(', ')} with apt-get`);
  runChecked('apt-get', ['update', '-qq'], 300_000);
  runChecked('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], 600_000);
}
