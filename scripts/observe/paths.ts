/** Where the recorder keeps what it downloads and what the servers run on: outside the repository. */
import { join } from 'node:path';
import type { ServerId } from './types.ts';

/** The cache folder: downloaded packages, extracted trees, certificates, per-server run folders. */
export const CACHE = '/var/cache/ftp-observe';

/** Downloaded .deb files. */
export const DEBS = join(CACHE, 'debs');

/** The self-signed certificate and key made with openssl (one PEM holding both). */
export const CERT_DIR = join(CACHE, 'tls');

/** The folder one server runs in: its config, logs and the file trees its users see. */
export function runDir(server: ServerId): string {
  return join(CACHE, 'run', server);
}

/** The local user's home (the root it sees) for one server. */
export function homeDir(server: ServerId): string {
  return join(runDir(server), 'home');
}

/** The anonymous user's root for one server. */
export function anonDir(server: ServerId): string {
  return join(runDir(server), 'anon');
}

/** The repository folder the recordings are committed to. */
export const OBSERVATIONS = 'content/observations';
