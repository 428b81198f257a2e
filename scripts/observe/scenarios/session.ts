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
    id: 'opts-utf8',
    description: 'Ask for UTF-8 file names (OPTS UTF8 ON), as many clients do after logging in',
    group: 'session',
    focus: 'OPTS',
    runs: [{ client: 'raw', steps: ask('OPTS UTF8 ON') }],
  },
  {
    id: 'host',
    description: 'Name the virtual host before logging in (HOST, RFC 7151)',
    group: 'session',
    focus: 'HOST',
    runs: [{ client: 'raw', steps: [{ do: 'send', line: 'HOST 127.0.0.1' }, ...QUIT] }],
  },
  {
    id: 'lang',
    description: 'Ask for replies in a language (LANG, RFC 2640) before and after logging in',
    group: 'session',
    focus: 'LANG',
    runs: [
      {
        client: 'raw',
        steps: [{ do: 'send', line: 'LANG fr' }, { do: 'send', line: 'LANG en-US' }, ...ask('LANG en-US')],
      },
    ],
  },
  {
    id: 'rein',
    description: 'Reset the session without disconnecting (REIN)',
    group: 'session',
    focus: 'REIN',
    runs: [{ client: 'raw', steps: ask('REIN') }],
  },
  {
    id: 'quit',
    description: 'Log out with QUIT',
    group: 'session',
    focus: 'QUIT',
    runs: [{ client: 'ftplib', steps: [FTPLIB_LOGIN, { call: 'quit' }] }],
  },
];
