/**
 * Records one scenario against one server: for each client run, a fresh file tree and a fresh
 * server process, the client's run, then the server stopped and the transcript normalised.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Observation, ObservedRun } from '../../src/schemas/observation.ts';
import { ANON_USER, LOCAL_USER, account } from './accounts.ts';
import type { ClientContext } from './clients/context.ts';
import { runCurl } from './clients/curl.ts';
import { runLftp } from './clients/lftp.ts';
import { runFtplib, runRaw } from './clients/python.ts';
import { normaliseText, normaliseTranscript, type KnownValues } from './normalise.ts';
import type { PreparedServer } from './packages.ts';
import { CACHE, anonDir, homeDir, runDir } from './paths.ts';
import { freePort, startServer, stopServer } from './server-process.ts';
import type { LaunchContext, ServerAdapter } from './servers/adapter.ts';
import { markFocus } from './focus.ts';
import { buildTrees, releaseMounts } from './tree.ts';
import type { RunSpec, Scenario, ServerId } from './types.ts';

/** What the recorder knows about the machine, shared by every run. */
export interface Environment {
  password: string;
  certPem: string;
  versions: { curl: string; python: string; lftp: string };
}

/** The calls of an ftplib run, as the schema records them. */
type FtplibCalls = Extract<ObservedRun, { client: 'ftplib' }>['result']['calls'];

/** The password anonymous runs give (curl's own default for anonymous logins). */
const ANON_PASSWORD = 'ftp@example.com';

/** Seconds any single client wait may last, unless a scenario step says otherwise. */
const CLIENT_TIMEOUT = 10;

/** Paths shown as placeholders in recordings. */
export function pathPlaceholders(server: ServerId, prepared: PreparedServer): [string, string][] {
  return [
    [runDir(server), '<run>'],
    [prepared.root, '<pkg>'],
    [CACHE, '<cache>'],
  ];
}

/** The launch context for a server (the port is filled in per run). */
export function launchContext(
  server: ServerId,
  prepared: PreparedServer,
  certPem: string,
  port: number,
): LaunchContext {
  return { port, run: runDir(server), home: homeDir(server), anon: anonDir(server), pkgRoot: prepared.root, certPem };
}

/** The file curl uploads: fixed contents, so sizes in replies stay the same. */
function uploadSource(): string {
  const upload = join(CACHE, 'upload.txt');
  writeFileSync(upload, 'Uploaded by the FTP observer.\n');
  return upload;
}

async function runClient(
  spec: RunSpec,
  context: ClientContext,
  env: Environment,
  known: KnownValues,
): Promise<ObservedRun> {
  if (spec.client === 'curl') {
    const out = await runCurl(spec.args, context);
    const transcript = normaliseTranscript(out.transcript, known);
    const message = out.result.message === null ? null : normaliseText(out.result.message, out.transcript, known);
    return {
      client: 'curl',
      clientVersion: env.versions.curl,
      command: normaliseText(out.command, out.transcript, known),
      transcript,
      result: { exitCode: out.result.exitCode, message },
    };
  }
  if (spec.client === 'lftp') {
    const out = await runLftp(spec.commands, context);
    const transcript = normaliseTranscript(out.transcript, known);
    const message = out.result.message === null ? null : normaliseText(out.result.message, out.transcript, known);
    return {
      client: 'lftp',
      clientVersion: env.versions.lftp,
      command: normaliseText(out.command, out.transcript, known),
      transcript,
      result: { exitCode: out.result.exitCode, message },
    };
  }
  if (spec.client === 'ftplib') {
    const out = await runFtplib(spec.steps, spec.tls ?? false, context);
    const calls: FtplibCalls = out.calls.map((c) => {
      const call: FtplibCalls[number] = { call: normaliseText(c.call, out.transcript, known) };
      if ('returned' in c)
        call.returned = (
          typeof c.returned === 'string' ? normaliseText(c.returned, out.transcript, known) : c.returned
        ) as FtplibCalls[number]['returned'];
      if (c.raised) call.raised = { class: c.raised.class, text: normaliseText(c.raised.text, out.transcript, known) };
      return call;
    });
    return {
      client: 'ftplib',
      clientVersion: env.versions.python,
      transcript: normaliseTranscript(out.transcript, known),
      result: { calls },
    };
  }
  const out = await runRaw(spec.steps, context);
  return { client: 'raw', clientVersion: env.versions.python, transcript: normaliseTranscript(out.transcript, known) };
}

/** Records one scenario on one server. */
export async function recordScenario(
  scenario: Scenario,
  order: number,
  adapter: ServerAdapter,
  prepared: PreparedServer,
  env: Environment,
): Promise<Observation> {
  const server = adapter.id;
  const options = scenario.setupFor?.[server] ?? scenario.setup ?? {};
  const head = {
    server,
    package: prepared.packageName,
    version: prepared.version,
    scenario: scenario.id,
    description: scenario.description,
    group: scenario.group,
    order,
    focus: scenario.focus,
  };
  const paths = pathPlaceholders(server, prepared);
  const skip = scenario.notOn?.[server] ?? adapter.unsupported(options);
  const specs = scenario.runs.filter((r) => r.only === undefined || r.only.includes(server));
  if (skip !== undefined || specs.length === 0) {
    return { ...head, config: [], notRecorded: skip ?? 'no run of this scenario applies to this server', runs: [] };
  }
  const user = account(LOCAL_USER);
  const anonAccount = account(ANON_USER);
  if (user === undefined || anonAccount === undefined) throw new Error('the FTP accounts are missing');
  const runs: ObservedRun[] = [];
  let changed: string[] = [];
  for (const spec of specs) {
    buildTrees(homeDir(server), anonDir(server), scenario.tree ?? 'standard', user);
    mkdirSync(join(runDir(server), 'empty'), { recursive: true });
    const port = await freePort();
    const launch = launchContext(server, prepared, env.certPem, port);
    const plan = adapter.plan(options, launch);
    if (plan.configFile)
      writeFileSync(join(runDir(server), plan.configFile.name), `${plan.configFile.lines.join('\n')}\n`);
    const processEnv = {
      PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
      TZ: 'UTC',
      LANG: 'C',
      LD_LIBRARY_PATH: prepared.libraryPath,
    };
    const running = await startServer(
      join(prepared.root, plan.binary),
      plan.args,
      processEnv,
      join(runDir(server), 'server.log'),
      port,
      10_000,
    );
    const known: KnownValues = {
      ports: [port],
      password: env.password,
      paths,
      uids: [user.uid, anonAccount.uid],
      gids: [user.gid, anonAccount.gid],
    };
    const context: ClientContext = {
      host: '127.0.0.1',
      port,
      user: spec.anonymous ? 'anonymous' : LOCAL_USER,
      password: spec.anonymous
        ? ANON_PASSWORD
        : spec.client === 'lftp' && spec.password !== undefined
          ? spec.password
          : env.password,
      timeout: CLIENT_TIMEOUT,
      upload: uploadSource(),
    };
    try {
      const run = await runClient(spec, context, env, known);
      runs.push({ ...run, transcript: markFocus(run.transcript, [scenario.focus, ...(scenario.focusAlso ?? [])]) });
    } finally {
      await stopServer(running);
      releaseMounts(homeDir(server));
    }
    changed = plan.changed.map((line) =>
      paths.reduce((l, [path, placeholder]) => l.replaceAll(path, placeholder), line),
    );
  }
  return { ...head, config: changed, runs };
}
