/** Commands the server does not know, cannot parse, does not implement, or does not expect. */
import type { Scenario } from '../types.ts';
import { LOGIN, QUIT, ask } from './steps.ts';

/** Scenarios about malformed, unimplemented and out-of-order commands. */
export const SYNTAX: Scenario[] = [
  {
    id: 'unknown-command',
    description: 'Send a command the server does not know (XYZZY)',
    group: 'syntax',
    focus: 'XYZZY',
    runs: [{ client: 'raw', steps: ask('XYZZY') }],
  },
  {
    id: 'missing-argument',
    description: 'Send MKD without the folder name it needs',
    group: 'syntax',
    focus: 'MKD',
    runs: [{ client: 'raw', steps: ask('MKD') }],
  },
  {
    id: 'port-malformed',
    description: 'Send PORT with three numbers instead of six',
    group: 'syntax',
    focus: 'PORT',
    runs: [{ client: 'raw', steps: ask('PORT 1,2,3') }],
  },
  {
    id: 'type-unknown',
    description: 'Ask for a transfer type that does not exist (TYPE Z)',
    group: 'syntax',
    focus: 'TYPE',
    runs: [{ client: 'raw', steps: ask('TYPE Z') }],
  },
  {
    id: 'mode-block',
    description: 'Ask for block mode (MODE B), which RFC 959 defines but few servers implement',
    group: 'syntax',
    focus: 'MODE',
    runs: [{ client: 'raw', steps: ask('MODE B') }],
  },
  {
    id: 'stru-record',
    description: 'Ask for record structure (STRU R)',
    group: 'syntax',
    focus: 'STRU',
    runs: [{ client: 'raw', steps: ask('STRU R') }],
  },
  {
    id: 'smnt',
    description: 'Mount another file system (SMNT), an RFC 959 command',
    group: 'syntax',
    focus: 'SMNT',
    runs: [{ client: 'raw', steps: ask('SMNT /') }],
  },
  {
    id: 'acct',
    description: 'Send an account (ACCT) after logging in; no server asks for one with 332',
    group: 'syntax',
    focus: 'ACCT',
    runs: [{ client: 'raw', steps: ask('ACCT billing') }],
  },
  {
    id: 'rnto-without-rnfr',
    description: 'Send RNTO without an RNFR before it',
    group: 'syntax',
    focus: 'RNTO',
    runs: [{ client: 'raw', steps: [...LOGIN, { do: 'send', line: 'RNTO renamed.txt' }, ...QUIT] }],
  },
];
