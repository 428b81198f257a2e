/** Limits the server enforces: connections per address, idle time, names, sizes, disk space. */
import type { RawStep, Scenario } from '../types.ts';
import { LOGIN, QUIT } from './steps.ts';

/**
 * A 2 MiB upload by the raw client, which reads the server's reply whatever happened to the
 * data. (curl stops at the first failed write on the data connection, and whether that comes
 * before the upload is complete depends on socket buffers: its result is not reproducible.)
 */
function upload(path: string): RawStep[] {
  return [
    ...LOGIN,
    { do: 'send', line: 'TYPE I' },
    { do: 'pasv', line: 'PASV' },
    { do: 'send', line: `STOR ${path}` },
    { do: 'data-send', bytes: 2 * 1024 * 1024 },
    { do: 'read' },
    ...QUIT,
  ];
}

/** Scenarios about limits. */
export const LIMITS: Scenario[] = [
  {
    id: 'max-per-ip',
    description: 'Log in, then open a second connection where one per address is allowed',
    group: 'limits',
    focus: 'greeting',
    setup: { maxPerIp: 1 },
    runs: [
      {
        client: 'raw',
        only: ['vsftpd', 'pure-ftpd'],
        steps: [...LOGIN, { do: 'connect', conn: 'second', focus: true }, ...QUIT],
      },
      // ProFTPD greets every connection and counts only logged-in sessions, when a user logs in.
      {
        client: 'raw',
        only: ['proftpd'],
        steps: [
          ...LOGIN,
          { do: 'connect', conn: 'second' },
          { do: 'send', conn: 'second', line: 'USER {user}' },
          { do: 'send', conn: 'second', line: 'PASS {password}', focus: true },
          ...QUIT,
        ],
      },
    ],
  },
  {
    id: 'idle-timeout',
    description: 'Stay silent after logging in until the server gives up',
    group: 'limits',
    focus: 'idle',
    setup: { idleSeconds: 2 },
    setupFor: { 'pure-ftpd': {} },
    runs: [
      {
        client: 'raw',
        only: ['vsftpd', 'proftpd'],
        steps: [...LOGIN, { do: 'wait', seconds: 10, focus: true }, { do: 'read' }],
      },
      // Pure-FTPd counts its idle time in minutes; a client may shorten it with SITE IDLE.
      {
        client: 'raw',
        only: ['pure-ftpd'],
        steps: [
          ...LOGIN,
          { do: 'send', line: 'SITE IDLE 2' },
          { do: 'wait', seconds: 10, focus: true },
          { do: 'read' },
        ],
      },
    ],
  },
  {
    id: 'stor-dotfile-denied',
    description: 'Upload a file whose name the server refuses (a name starting with a dot)',
    group: 'limits',
    focus: 'STOR',
    setup: { denyDotFiles: true },
    runs: [{ client: 'curl', args: ['-T', '{upload}', '{url}/.htaccess'] }],
  },
  {
    id: 'stor-too-large',
    description: 'Upload a 2 MiB file where uploads are limited to 1 MiB',
    group: 'limits',
    focus: 'STOR',
    setup: { maxUploadBytes: 1024 * 1024 },
    runs: [{ client: 'raw', steps: upload('big-upload.bin') }],
  },
  {
    id: 'disk-full',
    description: 'Upload a 2 MiB file onto a disk with 64 KiB free',
    group: 'limits',
    focus: 'STOR',
    tree: 'full-disk',
    runs: [{ client: 'raw', steps: upload('full/big-upload.bin') }],
  },
];
