/**
 * The two accounts the servers log users in as: `ftpobserve` (a local user) and `ftp` (the
 * anonymous user; Pure-FTPd insists on that name and uses its home as the anonymous root).
 * Both are system accounts with no login shell; the local user's password is random for each
 * run and shows as <password> in the recordings.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { anonDir, homeDir } from './paths.ts';
import { runChecked, runQuiet } from './exec.ts';

/** The local user every scenario logs in as. */
export const LOCAL_USER = 'ftpobserve';
/** The system account anonymous sessions run as. */
export const ANON_USER = 'ftp';
/** Marks the accounts this recorder created, so it never takes over someone else's `ftp`. */
const MARK = 'ftp-observe recorder';

/** The uid, gid and home of an account, or undefined when it does not exist. */
export function account(name: string): { uid: number; gid: number; home: string; gecos: string } | undefined {
  const line = runQuiet('getent', ['passwd', name]).stdout.trim();
  if (line === '') return undefined;
  const [, , uid, gid, gecos, home] = line.split(':');
  return { uid: Number(uid), gid: Number(gid), home: home ?? '', gecos: gecos ?? '' };
}

/** Creates an account, or points our own existing one at the home we need. */
function ensure(name: string, home: string): void {
  mkdirSync(home, { recursive: true });
  const found = account(name);
  if (found === undefined) {
    runChecked('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--home-dir',
      home,
      '--shell',
      '/usr/sbin/nologin',
      '--comment',
      MARK,
      name,
    ]);
    return;
  }
  if (found.home === home) return;
  if (found.gecos !== MARK) {
    throw new Error(
      `the account "${name}" exists with home ${found.home} and was not made by this recorder. Pure-FTPd serves anonymous users from that home, so the recordings would not be reproducible. Remove it or set its home to ${home}.`,
    );
  }
  runChecked('usermod', ['--home', home, name]);
}

/** Makes sure both accounts exist and gives the local user a fresh random password. */
export function prepareAccounts(): string {
  // Pure-FTPd takes both roots from the accounts' homes, so they are that server's folders.
  ensure(ANON_USER, anonDir('pure-ftpd'));
  ensure(LOCAL_USER, homeDir('pure-ftpd'));
  const password = randomBytes(12).toString('base64url');
  runChecked('chpasswd', [], 30_000, `${LOCAL_USER}:${password}\n`);
  return password;
}
