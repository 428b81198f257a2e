/** Logging in: good and bad credentials, anonymous access, commands sent too early. */
import type { Scenario } from '../types.ts';
import { FTPLIB_LOGIN, FTPLIB_QUIT, QUIT } from './steps.ts';

/** Scenarios about logging in. */
export const LOGIN_SCENARIOS: Scenario[] = [
  {
    id: 'login-ok',
    description: 'Log in with the right user name and password',
    group: 'login',
    focus: 'PASS',
    runs: [{ client: 'ftplib', steps: [FTPLIB_LOGIN, FTPLIB_QUIT] }],
  },
  {
    id: 'login-bad-password',
    description: 'Log in with a wrong password',
    group: 'login',
    focus: 'PASS',
    runs: [
      {
        client: 'ftplib',
        steps: [{ call: 'login', args: ['{user}', 'wrong-password'], label: "login(user, 'wrong-password')" }],
      },
      { client: 'curl', args: ['-o', '/dev/null', 'ftp://{user}:wrong-password@{host}:{port}/hello.txt'] },
      { client: 'lftp', password: 'wrong-password', commands: ['ls'] },
    ],
  },
  {
    id: 'login-unknown-user',
    description: 'Log in as a user the server does not know',
    group: 'login',
    focus: 'PASS',
    focusAlso: ['USER'],
    runs: [{ client: 'ftplib', steps: [{ call: 'login', args: ['nosuchuser', 'some-password'] }] }],
  },
  {
    id: 'anonymous-login',
    description: 'Log in anonymously where anonymous access is allowed',
    group: 'login',
    focus: 'PASS',
    focusAlso: ['USER'],
    runs: [{ client: 'ftplib', anonymous: true, steps: [{ call: 'login' }, FTPLIB_QUIT] }],
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
    description: 'Send commands before logging in (PWD, CWD, RETR)',
    group: 'login',
    focus: 'PWD',
    runs: [
      {
        client: 'raw',
        steps: [
          { do: 'send', line: 'PWD' },
          { do: 'send', line: 'CWD docs' },
          { do: 'send', line: 'RETR hello.txt' },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'pass-before-user',
    description: 'Send PASS before USER',
    group: 'login',
    focus: 'PASS',
    runs: [{ client: 'raw', steps: [{ do: 'send', line: 'PASS {password}' }, ...QUIT] }],
  },
];
