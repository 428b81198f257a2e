/**
 * The three servers come from Debian's packages, at pinned versions: `apt-get download`, then
 * `dpkg-deb -x` into the cache. The packages conflict with each other, so apt cannot install
 * them side by side; extracted, each runs from its own tree. Shared libraries the machine
 * lacks are downloaded and extracted next to them (found with apt's own resolver, simulated).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, DEBS } from './paths.ts';
import { runChecked, runQuiet } from './exec.ts';
import type { ServerId } from './types.ts';

/** One server's Debian packages and the version we recorded. */
export interface Pin {
  /** The packages to extract; the first one is named in the recordings. */
  packages: string[];
  /** The Debian version the committed recordings were made with. */
  version: string;
}

/** The versions the committed recordings come from. Change them only when re-recording. */
const PINS: Record<ServerId, Pin> = {
  vsftpd: { packages: ['vsftpd'], version: '3.0.3-13+b2' },
  // mod_tls lives in proftpd-mod-crypto, built from the same source at the same version.
  proftpd: { packages: ['proftpd-core', 'proftpd-mod-crypto'], version: '1.3.8+dfsg-4+deb12u5' },
  'pure-ftpd': { packages: ['pure-ftpd'], version: '1.0.50-2.1+b2' },
};

/** A server's extracted tree, ready to run. */
export interface PreparedServer {
  /** The Debian package named in the recordings. */
  packageName: string;
  /** The version actually extracted (the pin, unless the registry no longer has it). */
  version: string;
  /** Root of the extracted tree. */
  root: string;
  /** LD_LIBRARY_PATH for the libraries extracted next to it. */
  libraryPath: string;
  /** Lines to show the reader: newer versions in the registry, a pin no longer available. */
  notices: string[];
}

let listsRefreshed = false;

/** What apt knows of a package: the version it would install now and every version offered. */
interface Policy {
  candidate: string | undefined;
  versions: string[];
}

const policies = new Map<string, Policy>();

/** Reads `apt-cache policy` for every pinned package in one call (each call takes seconds). */
function readPolicies(): void {
  const names = Object.values(PINS).map((p) => p.packages[0] as string);
  const out = runQuiet('apt-cache', ['policy', ...names]).stdout;
  for (const block of out.split(/^(?=\S+:$)/m)) {
    const name = /^(\S+):$/m.exec(block)?.[1];
    if (name === undefined) continue;
    const candidate = /Candidate: (\S+)/.exec(block)?.[1];
    const versions = [...block.matchAll(/^\s+(?:\*\*\* )?(\S+) -?\d+$/gm)].map((m) => m[1] as string);
    policies.set(name, { candidate: candidate === '(none)' ? undefined : candidate, versions });
  }
}

/** apt's policy for one package, refreshing the package lists once when apt does not know it. */
function policy(pkg: string): Policy {
  if (policies.size === 0) readPolicies();
  if (policies.get(pkg)?.candidate === undefined && !listsRefreshed) {
    console.log('observe: apt does not know %s yet; running apt-get update', pkg);
    runChecked('apt-get', ['update', '-qq'], 300_000);
    listsRefreshed = true;
    readPolicies();
  }
  return policies.get(pkg) ?? { candidate: undefined, versions: [] };
}

/**
 * The packages apt would have to install for these, read from a simulated install: the server
 * packages themselves and every library the machine lacks (lines "Inst name (version ...)";
 * an upgrade of something installed shows "[old]" and is not needed).
 */
function resolve(specs: string[]): { name: string; version: string }[] {
  const sim = runChecked('apt-get', ['install', '-s', '--no-install-recommends', ...specs], 120_000);
  return sim
    .split('\n')
    .map((line) => /^Inst (\S+) \((\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1] as string, version: m[2] as string }));
}

/** Downloads one exact package version into DEBS and returns the file. */
function download(name: string, version: string): string {
  mkdirSync(DEBS, { recursive: true });
  const before = new Set(readdirSync(DEBS));
  const existing = readdirSync(DEBS).find((f) => f.startsWith(`${name}_${version.replace(/:/g, '%3a')}_`));
  if (existing) return join(DEBS, existing);
  // apt drops privileges to _apt for downloads; the cache folder is root's, so apt warns and
  // downloads as root, which is harmless here.
  const result = runQuiet('bash', ['-c', `cd '${DEBS}' && apt-get download -q '${name}=${version}'`], 300_000);
  const added = readdirSync(DEBS).filter((f) => !before.has(f) && f.startsWith(`${name}_`));
  if (result.status !== 0 || added.length !== 1) {
    throw new Error(`apt-get download ${name}=${version} failed:\n${result.stdout}${result.stderr}`);
  }
  return join(DEBS, added[0] as string);
}

/** Extracts a server's packages (and the libraries the machine lacks) into the cache. */
export function prepareServer(server: ServerId): PreparedServer {
  const pin = PINS[server];
  const main = pin.packages[0] as string;
  const notices: string[] = [];
  const { candidate: newest, versions: offered } = policy(main);
  let version = pin.version;
  if (!offered.includes(pin.version)) {
    notices.push(
      `${main} ${pin.version} (pinned) is no longer in the registry; recording with ${newest}. Re-record and commit, then update PINS in scripts/observe/packages.ts.`,
    );
    version = newest ?? pin.version;
  } else if (newest !== undefined && newest !== pin.version) {
    notices.push(
      `${main} ${newest} is in the registry, newer than the pinned ${pin.version} used here. Re-record with it (update PINS in scripts/observe/packages.ts, npm run observe) and commit.`,
    );
  }
  const root = join(CACHE, 'pkgs', `${server}_${version}`);
  const done = join(root, '.extracted');
  if (!existsSync(done)) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const needed = resolve(pin.packages.map((p) => `${p}=${version}`));
    for (const pkg of needed) {
      const isServer = pin.packages.includes(pkg.name);
      // Everything else the simulation lists is either a library (extracted alongside) or a
      // helper for running as a system service (inetd, debconf), which we do not need.
      if (!isServer && !pkg.name.startsWith('lib')) continue;
      const file = download(pkg.name, pkg.version);
      runChecked('dpkg-deb', ['-x', file, root]);
    }
    writeFileSync(done, `${needed.map((p) => `${p.name} ${p.version}`).join('\n')}\n`);
  }
  const libraryPath = ['usr/lib', 'lib']
    .map((d) => join(root, d))
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((e) => e.endsWith('-linux-gnu'))
        .map((e) => join(d, e)),
    )
    .join(':');
  return { packageName: main, version, root, libraryPath, notices };
}
