/** Opening, refusing, never making and cutting off data connections. */
import type { Scenario } from '../types.ts';
import { LOGIN, QUIT, ftplibSession } from './steps.ts';

/** Scenarios about the data connection. */
export const DATA_CONNECTION: Scenario[] = [
  {
    id: 'pasv',
    description: 'Passive mode: PASV, then connect and LIST',
    group: 'data-connection',
    focus: 'PASV',
    runs: [
      {
        client: 'raw',
        steps: [
          ...LOGIN,
          { do: 'pasv', line: 'PASV' },
          { do: 'send', line: 'LIST' },
          { do: 'data-read', show: true },
          { do: 'read' },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'epsv',
    description: 'Extended passive mode: EPSV, then connect and LIST',
    group: 'data-connection',
    focus: 'EPSV',
    runs: [
      {
        client: 'raw',
        steps: [
          ...LOGIN,
          { do: 'pasv', line: 'EPSV' },
          { do: 'send', line: 'LIST' },
          { do: 'data-read', show: true },
          { do: 'read' },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'epsv-all',
    description: 'Promise to use only EPSV from now on (EPSV ALL), then try PORT',
    group: 'data-connection',
    focus: 'EPSV',
    runs: [
      {
        client: 'raw',
        steps: [...LOGIN, { do: 'send', line: 'EPSV ALL' }, { do: 'send', line: 'PORT 127,0,0,1,4,1' }, ...QUIT],
      },
    ],
  },
  {
    id: 'port',
    description: 'Active mode: PORT, then the server connects for LIST',
    group: 'data-connection',
    focus: 'PORT',
    runs: [
      {
        client: 'raw',
        steps: [
          ...LOGIN,
          { do: 'port', line: 'PORT 127,0,0,1,{port-hi},{port-lo}' },
          { do: 'send', line: 'LIST' },
          { do: 'accept' },
          { do: 'data-read', show: true },
          { do: 'read' },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'eprt',
    description: 'Extended active mode: EPRT, then the server connects for LIST',
    group: 'data-connection',
    focus: 'EPRT',
    runs: [
      {
        client: 'raw',
        steps: [
          ...LOGIN,
          { do: 'port', line: 'EPRT |1|127.0.0.1|{data-port}|' },
          { do: 'send', line: 'LIST' },
          { do: 'accept' },
          { do: 'data-read', show: true },
          { do: 'read' },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'port-refused',
    description: "Active mode where nothing listens on the client's port: the server cannot connect",
    group: 'data-connection',
    focus: 'LIST',
    runs: [
      {
        client: 'raw',
        steps: [
          ...LOGIN,
          { do: 'port', line: 'PORT 127,0,0,1,{port-hi},{port-lo}', 'close-listener': true },
          { do: 'send', line: 'LIST' },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'data-never-connected',
    description: 'PASV, then RETR without ever opening the data connection',
    group: 'data-connection',
    focus: 'RETR',
    setup: { dataSeconds: 2 },
    setupFor: { 'pure-ftpd': {} },
    runs: [
      {
        client: 'raw',
        only: ['vsftpd', 'proftpd'],
        steps: [
          ...LOGIN,
          { do: 'pasv', line: 'PASV', connect: false },
          { do: 'send', line: 'RETR hello.txt' },
          ...QUIT,
        ],
      },
      // Pure-FTPd waits for the data connection as long as its idle time; SITE IDLE shortens it.
      {
        client: 'raw',
        only: ['pure-ftpd'],
        steps: [
          ...LOGIN,
          { do: 'send', line: 'SITE IDLE 2' },
          { do: 'pasv', line: 'PASV', connect: false },
          { do: 'send', line: 'RETR hello.txt' },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'abor-mid-transfer',
    description: 'Abort a download while it runs (ABOR)',
    group: 'data-connection',
    focus: 'ABOR',
    tree: 'big',
    runs: [
      {
        client: 'raw',
        steps: [
          ...LOGIN,
          { do: 'send', line: 'TYPE I' },
          { do: 'pasv', line: 'PASV' },
          { do: 'send', line: 'RETR big.bin' },
          { do: 'data-read', bytes: 65536 },
          // ABOR the way RFC 959 recommends, sent while the server still has most of the file
          // to send; then the client reads the data connection to its end, so a server that
          // looks at the control connection between writes sees the ABOR, and one that does
          // not finishes the file first. Replies are read afterwards, each wait bounded.
          { do: 'send', line: 'ABOR', 'telnet-abort': true, replies: 0 },
          { do: 'data-drain', seconds: 30 },
          { do: 'read', seconds: 5 },
          { do: 'read', seconds: 5 },
          ...QUIT,
        ],
      },
      // ftplib's abort() sends the whole line as urgent data and waits for the reply without
      // reading the data connection. Pure-FTPd's answer to that depends on timing (a 500 reply
      // in one run, none in the next), so it is left out there.
      {
        client: 'ftplib',
        only: ['vsftpd', 'proftpd'],
        steps: ftplibSession(
          { call: 'voidcmd', args: ['TYPE I'] },
          { call: 'transfercmd', args: ['RETR big.bin'] },
          { call: 'read-data', bytes: 65536, label: 'conn.recv(65536)' },
          { call: 'abort' },
          { call: 'close-data', label: 'conn.close()' },
        ),
      },
    ],
  },
  {
    id: 'abor-no-transfer',
    description: 'Send ABOR when no transfer is running',
    group: 'data-connection',
    focus: 'ABOR',
    runs: [{ client: 'raw', steps: [...LOGIN, { do: 'send', line: 'ABOR' }, ...QUIT] }],
  },
  {
    id: 'data-closed-mid-transfer',
    description: 'The client drops the data connection in the middle of a download',
    group: 'data-connection',
    focus: 'RETR',
    tree: 'big',
    runs: [
      {
        client: 'raw',
        steps: [
          ...LOGIN,
          { do: 'send', line: 'TYPE I' },
          { do: 'pasv', line: 'PASV' },
          { do: 'send', line: 'RETR big.bin' },
          { do: 'data-read', bytes: 65536 },
          { do: 'data-close', reset: true },
          { do: 'read' },
          ...QUIT,
        ],
      },
    ],
  },
];
