/** Connecting, the informational commands, and leaving. */
import type { Scenario } from '../types.ts';
import { LOGIN, QUIT } from './steps.ts';

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
    runs: [{ client: 'raw', steps: [...LOGIN, { do: 'send', line: 'FEAT' }, ...QUIT] }],
  },
  {
    id: 'quit',
    description: 'Log out with QUIT',
    group: 'session',
    focus: 'QUIT',
    runs: [{ client: 'ftplib', steps: [{ call: 'login', args: ['{user}', '{password}'], label: "login(user, password)" }, { call: 'quit' }] }],
  },
];
