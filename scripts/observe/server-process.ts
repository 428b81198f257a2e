/**
 * Starting a server in the foreground and stopping it again. Each server runs in its own
 * process group (the group id is the pid we started), so stopping it also ends the session
 * processes it forked. Readiness is read from /proc/net/tcp rather than by connecting, so
 * no probe connection counts against a scenario's per-address limit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that was free a moment ago (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** True when something listens on 127.0.0.1:port (read from the kernel's socket table). */
function listening(port: number): boolean {
  const hex = `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .some((line) => {
      const fields = line.trim().split(/\s+/);
      return fields[1] === hex && fields[3] === '0A';
    });
}

/** A running server. */
export interface RunningServer {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts a server and resolves once it listens on the port, or rejects within timeoutMs. */
export async function startServer(
  binary: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  port: number,
  timeoutMs: number,
): Promise<RunningServer> {
  const log = openSync(logFile, 'w');
  const child = spawn(binary, args, { env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  let failure: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      failure = `exited early (${signal ?? code}); see ${logFile}`;
      resolve();
    });
    child.on('error', (error) => {
      failure = error.message;
      resolve();
    });
  });
  const deadline = Date.now() + timeoutMs;
  while (!listening(port)) {
    if (failure !== undefined) throw new Error(`${binary} ${failure}`);
    if (Date.now() > deadline) {
      await stopServer({ child, exited });
      throw new Error(`${binary} did not listen on port ${port} within ${timeoutMs} ms; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, exited };
}

/** Stops a server and everything it forked: SIGTERM to its process group, SIGKILL if it lingers. */
export async function stopServer(server: RunningServer): Promise<void> {
  const pid = server.child.pid;
  if (pid === undefined) return;
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group is already gone.
    }
  };
  if (server.child.exitCode === null && server.child.signalCode === null) signal('SIGTERM');
  const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), 3000));
  if ((await Promise.race([server.exited.then(() => 'done' as const), timer])) === 'late') signal('SIGKILL');
  await server.exited;
  // Session processes may outlive the listener by a moment: end the rest of the group too.
  signal('SIGKILL');
}
