/** Step sequences and calls many scenarios share. */
import type { FtplibStep, RawStep } from '../types.ts';

/** Logs the raw client in as the local user. */
export const LOGIN: RawStep[] = [
  { do: 'send', line: 'USER {user}' },
  { do: 'send', line: 'PASS {password}' },
];

/** Ends a raw session politely. */
export const QUIT: RawStep[] = [{ do: 'send', line: 'QUIT' }];

/** Logs the raw client in, sends one command, and quits: the simplest question to a server. */
export function ask(line: string): RawStep[] {
  return [...LOGIN, { do: 'send', line }, ...QUIT];
}

/** ftplib's login as the local user, labelled without the password. */
export const FTPLIB_LOGIN: FtplibStep = {
  call: 'login',
  args: ['{user}', '{password}'],
  label: 'login(user, password)',
};

/** ftplib's quit. */
export const FTPLIB_QUIT: FtplibStep = { call: 'quit' };

/** Logs in with ftplib, makes the calls, and quits. */
export function ftplibSession(...calls: FtplibStep[]): FtplibStep[] {
  return [FTPLIB_LOGIN, ...calls, FTPLIB_QUIT];
}
