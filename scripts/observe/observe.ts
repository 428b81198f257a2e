/**
 * `npm run observe`: records every scenario against vsftpd, ProFTPD and Pure-FTPd (Debian's
 * packages) with curl, Python's ftplib, lftp and a raw socket client, and writes
 * content/observations/<server>/<scenario>.json and content/servers/<server>.json.
 *
 *   npm run observe                      record and write every file
 *   npm run observe -- --check           record again and fail, showing the difference,
 *                                        where a file differs from the committed one
 *   npm run observe -- --only a,b        only these scenarios (while writing new ones)
 *   npm run observe -- --server vsftpd   only this server
 *
 * Needs root on Debian; elsewhere it stops at once and says why. The three servers run side
 * by side (one lane each); within a lane, runs go one after another.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { observationSchema, observedServerSchema } from '../../src/schemas/observation.ts';
import { prepareAccounts } from './accounts.ts';
import { curlVersion } from './clients/curl.ts';
import { lftpVersion } from './clients/lftp.ts';
import { pythonVersion } from './clients/python.ts';
import { runQuiet } from './exec.ts';
import { normaliseLine } from './normalise.ts';
import { prepareServer, type PreparedServer } from './packages.ts';
import { OBSERVATIONS } from './paths.ts';
import { ensureTools, whyNot } from './preflight.ts';
import { launchContext, pathPlaceholders, recordScenario, type Environment } from './record.ts';
import { SCENARIOS } from './scenarios/index.ts';
import { ADAPTERS } from './servers/index.ts';
import { ensureCertificate } from './tls.ts';
import { SERVER_IDS, type ServerId } from './types.ts';

/** Where the servers' base setups are committed. */
const SERVERS_DIR = 'content/servers';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    only: { type: 'string' },
    server: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`observe: ${message}`);
  process.exit(2);
}

const reason = whyNot();
if (reason !== undefined) {
  // Exit status 3 means "cannot run on this machine", which .ci/run reports as skipped.
  console.error(`observe: SKIPPED, cannot record here: ${reason}. Nothing was run.`);
  process.exit(3);
}
process.env['DEBIAN_FRONTEND'] = 'noninteractive';

const onlyScenarios = values.only
  ?.split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '');
for (const id of onlyScenarios ?? []) if (!SCENARIOS.some((s) => s.id === id)) fail(`no scenario "${id}"`);
const servers: ServerId[] = values.server === undefined ? [...SERVER_IDS] : [values.server as ServerId];
for (const s of servers) if (!SERVER_IDS.includes(s)) fail(`no server "${s}" (one of ${SERVER_IDS.join(', ')})`);
const partial = onlyScenarios !== undefined || values.server !== undefined;

ensureTools();
const notices: string[] = [];
const prepared = new Map<ServerId, PreparedServer>();
for (const server of servers) {
  const p = prepareServer(server);
  prepared.set(server, p);
  notices.push(...p.notices);
}
for (const n of notices) console.log(`NOTICE: ${n}`);
const env: Environment = {
  password: prepareAccounts(),
  certPem: ensureCertificate(),
  versions: { curl: await curlVersion(), python: await pythonVersion(), lftp: await lftpVersion() },
};
console.log(
  `observe: curl ${env.versions.curl}, Python ${env.versions.python}, lftp ${env.versions.lftp}; ${servers.map((s) => `${s} ${prepared.get(s)?.version}`).join(', ')}`,
);

/** Produced files: repository path -> content. */
const produced = new Map<string, string>();
const started = Date.now();

function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A port number that stands for "the port picked at run time" in the committed base setups. */
const SAMPLE_PORT = 65000;

/** The base setup of one server, as committed to content/servers/. */
function serverFile(server: ServerId, p: PreparedServer): string {
  const adapter = ADAPTERS[server];
  const plan = adapter.plan({}, launchContext(server, p, '<cert>', SAMPLE_PORT));
  const known = { ports: [SAMPLE_PORT], password: '', paths: pathPlaceholders(server, p), uids: [], gids: [] };
  const data = {
    id: server,
    name: adapter.displayName,
    package: p.packageName,
    version: p.version,
    command: normaliseLine([`${p.root}/${plan.binary}`, ...plan.args].join(' '), known),
    baseConfig: (plan.configFile?.lines ?? plan.args).map((line) => normaliseLine(line, known)),
  };
  return serialise(observedServerSchema.parse(data));
}

/** Which server and scenario wrote each produced recording, so that --check can record one again. */
const producedBy = new Map<string, { server: ServerId; index: number }>();

/** Records one scenario on one server, keeps the file's content in `produced` and returns the reply in focus. */
async function record(server: ServerId, index: number): Promise<string> {
  const scenario = SCENARIOS[index] as (typeof SCENARIOS)[number];
  const observation = await recordScenario(
    scenario,
    index + 1,
    ADAPTERS[server],
    prepared.get(server) as PreparedServer,
    env,
  );
  const checked = observationSchema.safeParse(observation);
  if (!checked.success)
    throw new Error(`${server}/${scenario.id}: the recording does not fit the schema: ${checked.error.message}`);
  const path = join(OBSERVATIONS, server, `${scenario.id}.json`);
  produced.set(path, serialise(checked.data));
  producedBy.set(path, { server, index });
  const focus = observation.runs.flatMap((r) => r.transcript).find((i) => 'server' in i && i.focus);
  if (focus && 'server' in focus) return focus.server[focus.server.length - 1] ?? '';
  return observation.notRecorded ? `(not recorded: ${observation.notRecorded})` : '(no focus reply)';
}

async function lane(server: ServerId): Promise<void> {
  const p = prepared.get(server) as PreparedServer;
  produced.set(join(SERVERS_DIR, `${server}.json`), serverFile(server, p));
  for (const [index, scenario] of SCENARIOS.entries()) {
    if (onlyScenarios && !onlyScenarios.includes(scenario.id)) continue;
    const t0 = Date.now();
    const shown = await record(server, index);
    console.log(
      `  ${server.padEnd(9)} ${scenario.id.padEnd(32)} ${shown} [${((Date.now() - t0) / 1000).toFixed(1)} s]`,
    );
  }
}

await Promise.all(servers.map((s) => lane(s)));
console.log(`observe: recorded in ${((Date.now() - started) / 1000).toFixed(0)} s`);

/** Committed files that this run would have produced but did not (scenarios removed). */
function stale(): string[] {
  if (partial) return [];
  const expected = new Set(produced.keys());
  const found = [
    ...servers.flatMap((s) =>
      existsSync(join(OBSERVATIONS, s)) ? readdirSync(join(OBSERVATIONS, s)).map((f) => join(OBSERVATIONS, s, f)) : [],
    ),
    ...(existsSync(SERVERS_DIR) ? readdirSync(SERVERS_DIR).map((f) => join(SERVERS_DIR, f)) : []),
  ];
  return found.filter((f) => !expected.has(f));
}

if (!values.check) {
  for (const [path, content] of produced) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  for (const path of stale()) rmSync(path);
  console.log(`observe: wrote ${produced.size} files`);
  for (const n of notices) console.log(`NOTICE: ${n}`);
} else {
  // A busy machine can shift a timing-dependent line once; a real change in a server or client
  // shows again. So each recording that differs is recorded a second time, alone, and only a
  // second difference fails. Every retry is named in the output.
  for (const [path, by] of producedBy) {
    if (existsSync(path) && readFileSync(path, 'utf8') === produced.get(path)) continue;
    console.log(`retry ${path}: differs from the committed file; recording it once more`);
    await record(by.server, by.index);
    if (existsSync(path) && readFileSync(path, 'utf8') === produced.get(path))
      notices.push(`${path} matched only on its second recording (timing on a busy machine?)`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'observe-check-'));
  let passed = 0;
  let failed = 0;
  for (const [path, content] of [...produced].sort(([a], [b]) => a.localeCompare(b))) {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (committed === content) {
      passed += 1;
      console.log(`ok   ${path}`);
      continue;
    }
    failed += 1;
    if (committed === undefined) {
      console.log(`FAIL ${path}: not committed (run npm run observe and commit it)`);
      continue;
    }
    const fresh = join(scratch, path);
    mkdirSync(dirname(fresh), { recursive: true });
    writeFileSync(fresh, content);
    console.log(`FAIL ${path}: differs from this run (- committed, + recorded now):`);
    console.log(runQuiet('diff', ['-u', path, fresh]).stdout.split('\n').slice(2).join('\n'));
  }
  for (const path of stale()) {
    failed += 1;
    console.log(`FAIL ${path}: committed, but no scenario produces it any more`);
  }
  rmSync(scratch, { recursive: true, force: true });
  for (const n of notices) console.log(`NOTICE: ${n}`);
  console.log(`observe check: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
