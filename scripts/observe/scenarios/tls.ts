/** AUTH TLS with the recorder's self-signed certificate: offered, required, and refused. */
import type { RawStep, Scenario } from '../types.ts';
import { LOGIN, QUIT } from './steps.ts';

/** AUTH TLS and the TLS handshake on the control connection. */
const AUTH: RawStep[] = [{ do: 'send', line: 'AUTH TLS' }, { do: 'starttls' }];

/** Scenarios about TLS. */
export const TLS: Scenario[] = [
  {
    id: 'auth-tls-not-offered',
    description: 'Ask for TLS (AUTH TLS) where the server is not set up for it',
    group: 'tls',
    focus: 'AUTH',
    runs: [
      { client: 'raw', steps: [{ do: 'send', line: 'AUTH TLS' }, ...QUIT] },
      { client: 'curl', args: ['--ssl-reqd', '-o', '/dev/null', '{url}/hello.txt'] },
    ],
  },
  {
    id: 'auth-tls-ok',
    description: 'Switch the control connection to TLS (AUTH TLS), then log in',
    group: 'tls',
    focus: 'AUTH',
    setup: { tls: 'allowed' },
    runs: [{ client: 'raw', steps: [...AUTH, ...LOGIN, ...QUIT] }],
  },
  {
    id: 'prot-private',
    description: 'Protect the data connections (PBSZ 0, then PROT P) after AUTH TLS',
    group: 'tls',
    focus: 'PROT',
    setup: { tls: 'allowed' },
    runs: [
      {
        client: 'raw',
        steps: [...AUTH, ...LOGIN, { do: 'send', line: 'PBSZ 0' }, { do: 'send', line: 'PROT P' }, ...QUIT],
      },
    ],
  },
  {
    id: 'prot-without-pbsz',
    description: 'Send PROT P without PBSZ before it',
    group: 'tls',
    focus: 'PROT',
    setup: { tls: 'allowed' },
    runs: [{ client: 'raw', steps: [...AUTH, ...LOGIN, { do: 'send', line: 'PROT P' }, ...QUIT] }],
  },
  {
    id: 'tls-download',
    description: 'Download over TLS with the data connection protected too',
    group: 'tls',
    focus: 'RETR',
    focusAlso: ['SIZE'],
    setup: { tls: 'allowed' },
    runs: [
      { client: 'curl', args: ['--ssl-reqd', '-k', '-o', '/dev/null', '{url}/hello.txt'] },
      {
        client: 'ftplib',
        tls: true,
        steps: [
          { call: 'login', args: ['{user}', '{password}'], label: 'login(user, password)' },
          { call: 'prot_p' },
          { call: 'retrbinary', args: ['RETR hello.txt'] },
          { call: 'quit' },
        ],
      },
    ],
  },
  {
    id: 'tls-required-plain-login',
    description: 'Log in without TLS where the server requires it',
    group: 'tls',
    focus: 'USER',
    focusAlso: ['PASS'],
    setup: { tls: 'required' },
    runs: [
      { client: 'raw', steps: [...LOGIN, ...QUIT] },
      { client: 'curl', args: ['-o', '/dev/null', '{url}/hello.txt'] },
    ],
  },
  {
    id: 'tls-required-plain-data',
    description: 'Use a plain data connection (PROT C) where the server requires TLS for data',
    group: 'tls',
    focus: 'LIST',
    focusAlso: ['PROT'],
    setup: { tls: 'required' },
    runs: [
      {
        client: 'raw',
        steps: [
          ...AUTH,
          ...LOGIN,
          { do: 'send', line: 'PBSZ 0' },
          { do: 'send', line: 'PROT C' },
          { do: 'pasv', line: 'PASV' },
          { do: 'send', line: 'LIST' },
          ...QUIT,
        ],
      },
    ],
  },
];
