/** Commands the server does not know, cannot parse, or does not expect. */
import type { Scenario } from '../types.ts';
import { LOGIN, QUIT } from './steps.ts';

/** Scenarios about malformed and out-of-order commands. */
export const SYNTAX: Scenario[] = [
  {
    id: 'unknown-command',
    description: 'Send a command the server does not know (XYZZY)',
    group: 'syntax',
    focus: 'XYZZY',
    runs: [{ client: 'raw', steps: [...LOGIN, { do: 'send', line: 'XYZZY' }, ...QUIT] }],
  },
  {
    id: 'rnto-without-rnfr',
    description: 'Send RNTO without an RNFR before it',
    group: 'syntax',
    focus: 'RNTO',
    runs: [{ client: 'raw', steps: [...LOGIN, { do: 'send', line: 'RNTO renamed.txt' }, ...QUIT] }],
  },
];
