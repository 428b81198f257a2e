/**
 * The files each run starts from, rebuilt before every run so that no run sees another's
 * changes. Every file and folder gets the same fixed modification time, so listings and MDTM
 * replies are the same on every machine and every day.
 */
import {
  chmodSync,
  chownSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { runChecked } from './exec.ts';
import type { TreeKind } from './types.ts';

/** The modification time of every file in the trees (long enough ago that listings show the year). */
const FIXED_MTIME = new Date('2024-01-15T10:30:00Z');

/** The text of hello.txt, the file most scenarios download. */
const HELLO = 'Hello from the FTP observer.\n';

/** Size of big.bin: large enough that a transfer is still running when the client interrupts it. */
const BIG_BYTES = 256 * 1024 * 1024;

interface Owner {
  uid: number;
  gid: number;
}

interface Entry {
  path: string;
  /** File contents; a folder when undefined. */
  text?: string;
  /** Sparse file of this size. */
  size?: number;
  mode: number;
  /** Owned by the user (true) or by root. */
  user: boolean;
}

/** The local user's files: readable, writable, and a few that root keeps to itself. */
function homeEntries(kind: TreeKind): Entry[] {
  const entries: Entry[] = [
    { path: 'hello.txt', text: HELLO, mode: 0o644, user: true },
    { path: 'docs', mode: 0o755, user: true },
    { path: 'docs/guide.txt', text: 'A file inside a folder.\n', mode: 0o644, user: true },
    { path: 'empty', mode: 0o755, user: true },
    { path: 'secret.txt', text: 'Only root may read this.\n', mode: 0o600, user: false },
    { path: 'private', mode: 0o700, user: false },
    { path: 'private/inside.txt', text: 'Out of reach.\n', mode: 0o600, user: false },
    { path: 'readonly', mode: 0o755, user: false },
    { path: 'readonly/keep.txt', text: 'Root owns this folder.\n', mode: 0o644, user: false },
  ];
  if (kind === 'big') entries.push({ path: 'big.bin', size: BIG_BYTES, mode: 0o644, user: true });
  return entries;
}

/** The anonymous user's files: all root's, read-only. */
const ANON_ENTRIES: Entry[] = [
  { path: 'welcome.txt', text: 'Welcome, anonymous user.\n', mode: 0o644, user: false },
  { path: 'pub', mode: 0o755, user: false },
  { path: 'pub/readme.txt', text: 'Public files live here.\n', mode: 0o644, user: false },
];

function build(root: string, rootOwner: Owner | undefined, entries: Entry[], user: Owner): void {
  // Empty the folder but keep it: it is an account's home, and a server in another lane may
  // change into that home at any moment (vsftpd does, before it moves to local_root).
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(root)) rmSync(join(root, name), { recursive: true, force: true });
  for (const entry of entries) {
    const path = join(root, entry.path);
    if (entry.text !== undefined) writeFileSync(path, entry.text);
    else if (entry.size !== undefined) {
      writeFileSync(path, '');
      truncateSync(path, entry.size);
    } else mkdirSync(path);
    const owner = entry.user ? user : { uid: 0, gid: 0 };
    chownSync(path, owner.uid, owner.gid);
    chmodSync(path, entry.mode);
  }
  const top = rootOwner ?? { uid: 0, gid: 0 };
  chownSync(root, top.uid, top.gid);
  chmodSync(root, 0o755);
  // Deepest first, so setting a folder's time is not undone by touching its contents.
  const paths = [...entries.map((e) => join(root, e.path)), root].sort(
    (a, b) => b.split('/').length - a.split('/').length,
  );
  for (const path of paths) utimesSync(path, FIXED_MTIME, FIXED_MTIME);
}

/** The folder that is a tiny file system of its own in the 'full-disk' tree. */
const FULL_DIR = 'full';

/** Size of that file system: far smaller than any upload that is meant to fill it. */
const FULL_SIZE = '64k';

/** Mount points under a folder, deepest first (from /proc/mounts). */
function mountsUnder(folder: string): string[] {
  return readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((point) => point.startsWith(`${folder}/`))
    .sort((a, b) => b.length - a.length);
}

/** Unmounts whatever a run mounted inside the home folder. */
export function releaseMounts(home: string): void {
  for (const point of mountsUnder(home)) runChecked('umount', [point], 30_000);
}

/** Rebuilds the local user's home and the anonymous root for one run. */
export function buildTrees(home: string, anon: string, kind: TreeKind, user: Owner): void {
  mkdirSync(dirname(home), { recursive: true });
  releaseMounts(home);
  build(home, user, homeEntries(kind), user);
  build(anon, undefined, ANON_ENTRIES, user);
  if (kind === 'full-disk') {
    // A small tmpfs stands in for a full disk: writes past its size fail with ENOSPC.
    const full = join(home, FULL_DIR);
    mkdirSync(full);
    runChecked(
      'mount',
      ['-t', 'tmpfs', '-o', `size=${FULL_SIZE},mode=0755,uid=${user.uid},gid=${user.gid}`, 'tmpfs', full],
      30_000,
    );
    utimesSync(full, FIXED_MTIME, FIXED_MTIME);
    utimesSync(home, FIXED_MTIME, FIXED_MTIME);
  }
}
