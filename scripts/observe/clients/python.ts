/** Runs the Python client (clients/python_client.py) in ftplib or raw mode. */
import { fileURLToPath } from 'node:url';
import { run } from '../exec.ts';
import type { FtplibStep, RawStep, TranscriptItem } from '../types.ts';
import { fill, type ClientContext } from './context.ts';

const SCRIPT = fileURLToPath(new URL('./python_client.py', import.meta.url));
/** Debian's Python, so the recorded ftplib is the one Debian ships. */
const PYTHON = '/usr/bin/python3';

/** The Python version, e.g. "3.11.2". */
export async function pythonVersion(): Promise<string> {
  const out = await run(PYTHON, ['-c', 'import platform; print(platform.python_version())'], { timeoutMs: 10_000 });
  return out.stdout.trim();
}

/** An ftplib call's outcome. */
export interface FtplibCall {
  call: string;
  returned?: unknown;
  raised?: { class: string; text: string };
}

/** Fills the scenario's templates into every string of a step. */
function fillStep<T extends object>(step: T, context: ClientContext): T {
  return JSON.parse(JSON.stringify(step), (_key, value: unknown) =>
    typeof value === 'string' ? fill(value, context) : value,
  ) as T;
}

async function runPython(
  job: object,
  seconds: number,
): Promise<{ transcript: TranscriptItem[]; result: { calls?: FtplibCall[] } }> {
  const out = await run(PYTHON, [SCRIPT], { input: JSON.stringify(job), timeoutMs: seconds * 1000 });
  if (out.timedOut) throw new Error(`the Python client ran past ${seconds} s`);
  if (out.status !== 0) throw new Error(`the Python client failed (${out.status}):\n${out.stderr}`);
  return JSON.parse(out.stdout) as { transcript: TranscriptItem[]; result: { calls?: FtplibCall[] } };
}

/** The longest a run may take: every step may wait the full client timeout, plus explicit waits. */
function bound(steps: readonly (RawStep | FtplibStep)[], timeout: number): number {
  return steps.reduce((sum, s) => sum + ('seconds' in s ? (s.seconds ?? 0) : 0) + timeout, timeout) + 10;
}

/** Runs ftplib calls. */
export async function runFtplib(
  steps: FtplibStep[],
  tls: boolean,
  context: ClientContext,
): Promise<{ transcript: TranscriptItem[]; calls: FtplibCall[] }> {
  const job = {
    mode: 'ftplib',
    host: context.host,
    port: context.port,
    timeout: context.timeout,
    tls,
    steps: steps.map((s) => fillStep(s, context)),
  };
  const out = await runPython(job, bound(steps, context.timeout));
  return { transcript: out.transcript, calls: out.result.calls ?? [] };
}

/** Runs the raw socket client. */
export async function runRaw(steps: RawStep[], context: ClientContext): Promise<{ transcript: TranscriptItem[] }> {
  const job = {
    mode: 'raw',
    host: context.host,
    port: context.port,
    timeout: context.timeout,
    steps: steps.map((s) => fillStep(s, context)),
  };
  const out = await runPython(job, bound(steps, context.timeout));
  return { transcript: out.transcript };
}
