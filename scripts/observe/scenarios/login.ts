/** Logging in: good and bad credentials, anonymous access, commands sent too early. */
import type { Scenario } from '../types.ts';
import { QUIT } from './steps.ts';

const LOGIN_CALL = { call: 'login', args: ['{user}', '{password}'], label: 'login(user, password)' };

/** Scenarios about logging in. */
export const LOGIN_SCENARIOS: Scenario[] = [
  {
    id: 'login-ok',
    description: 'Log in with the right user name and password',
    group: 'login',
    focus: 'PASS',
    runs: [{ client: 'ftplib', steps: [LOGIN_CALL, { call: 'quit' }] }],
  },
  {
    id: 'login-bad-password',
    description: 'Log in with a wrong password',
    group: 'login',
    focus: 'PASS',
    runs: [
      { client: 'ftplib', steps: [{ call: 'login', args: ['{user}', 'wrong-password'], label: "login(user, 'wrong-password')" }] },
      { client: 'curl', args: ['-o', '/dev/null', 'ftp://{user}:wrong-password@{host}:{port}/hello.txt'] },
    ],
  },
  {
    id: 'login-unknown-user',
    description: 'Log in as a user the server does not know',
    group: 'login',
    focus: 'PASS',
    runs: [{ client: 'ftplib', steps: [{ call: 'login', args: ['nosuchuser', 'some-password'] }] }],
  },
  {
    id: 'anonymous-login',
    description: 'Log in anonymously where anonymous access is allowed',
    group: 'login',
    focus: 'PASS',
    focusAlso: ['USER'],
    runs: [{ client: 'ftplib', anonymous: true, steps: [{ call: 'login' }, { call: 'quit' }] }],
  },
  {
    id: 'anonymous-disabled',
    description: 'Log in anonymously where anonymous access is turned off',
    group: 'login',
    focus: 'USER',
    focusAlso: ['PASS'],
    setup: { anonymous: false },
    runs: [
      { client: 'ftplib', anonymous: true, steps: [{ call: 'login' }] },
      { client: 'curl', anonymous: true, args: ['-o', '/dev/null', 'ftp://{host}:{port}/'] },
    ],
  },
  {
    id: 'command-before-login',
    description: 'Send commands before logging in (PWD, LIST, RETR)',
    group: 'login',
    focus: 'PWD',
    runs: [
      {
        client: 'raw',
        steps: [{ do: 'send', line: 'PWD' }, { do: 'send', line: 'CWD docs' }, { do: 'send', line: 'RETR hello.txt' }, ...QUIT],
      },
    ],
  },
];
