/** Running programs with a bound on every wait, and stopping them by their own process id. */
import { spawn, spawnSync } from 'node:child_process';

/** What a finished program left behind. */
export interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
  /** True when the program was stopped because it ran past its time limit. */
  timedOut: boolean;
}

/** Options for one program run. */
export interface RunOptions {
  /** Hard limit; the program is killed (by its pid) when it runs longer. */
  timeoutMs: number;
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Runs a program to completion, asynchronously, bounded by timeoutMs. */
export function run(command: string, args: string[], options: RunOptions): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut });
    });
    if (child.stdin !== null) {
      // A program that exits before reading its input closes the pipe: that is its answer, not ours to fail on.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
  });
}

/** Runs a short setup command synchronously; throws with its output when it fails. */
export function runChecked(command: string, args: string[], timeoutMs = 120_000, input?: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** Runs a setup command synchronously and returns its status and output without throwing. */
export function runQuiet(
  command: string,
  args: string[],
  timeoutMs = 60_000,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.error ? null : result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
