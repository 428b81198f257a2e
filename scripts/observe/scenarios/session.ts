/** Connecting, the informational commands, and leaving. */
import type { Scenario } from '../types.ts';
import { FTPLIB_LOGIN, QUIT, ask } from './steps.ts';

/** Scenarios about the session as a whole. */
export const SESSION: Scenario[] = [
  {
    id: 'greeting',
    description: 'Connect to the server and read its greeting',
    group: 'session',
    focus: 'greeting',
    runs: [{ client: 'raw', steps: QUIT }],
  },
  {
    id: 'feat',
    description: 'Ask which extensions the server supports (FEAT) after logging in',
    group: 'session',
    focus: 'FEAT',
    runs: [{ client: 'raw', steps: ask('FEAT') }],
  },
  {
    id: 'syst',
    description: 'Ask for the system type (SYST)',
    group: 'session',
    focus: 'SYST',
    runs: [{ client: 'raw', steps: ask('SYST') }],
  },
  {
    id: 'help',
    description: 'Ask for help (HELP) after logging in',
    group: 'session',
    focus: 'HELP',
    runs: [{ client: 'raw', steps: ask('HELP') }],
  },
  {
    id: 'stat',
    description: 'Ask for the session status (STAT without an argument)',
    group: 'session',
    focus: 'STAT',
    runs: [{ client: 'raw', steps: ask('STAT') }],
  },
  {
    id: 'noop',
    description: 'Keep the session alive with NOOP',
    group: 'session',
    focus: 'NOOP',
    runs: [{ client: 'raw', steps: ask('NOOP') }],
  },
  {
    id: 'quit',
    description: 'Log out with QUIT',
    group: 'session',
    focus: 'QUIT',
    runs: [{ client: 'ftplib', steps: [FTPLIB_LOGIN, { call: 'quit' }] }],
  },
];
