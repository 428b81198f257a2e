/** Downloading, uploading, renaming, sizes and dates of files. */
import type { Scenario } from '../types.ts';
import { LOGIN, QUIT, ask, ftplibSession } from './steps.ts';

/** Scenarios about files. */
export const FILES: Scenario[] = [
  {
    id: 'retr-ok',
    description: 'Download a file that exists',
    group: 'files',
    focus: 'RETR',
    runs: [
      { client: 'curl', args: ['-o', '/dev/null', '{url}/hello.txt'] },
      { client: 'ftplib', steps: ftplibSession({ call: 'retrbinary', args: ['RETR hello.txt'] }) },
    ],
  },
  {
    id: 'retr-missing',
    description: 'Download a file that does not exist',
    group: 'files',
    focus: 'RETR',
    focusAlso: ['SIZE'],
    runs: [
      { client: 'curl', args: ['-o', '/dev/null', '{url}/missing.txt'] },
      { client: 'ftplib', steps: ftplibSession({ call: 'retrbinary', args: ['RETR missing.txt'] }) },
      { client: 'lftp', commands: ['get missing.txt -o /dev/null'] },
    ],
  },
  {
    id: 'retr-denied',
    description: 'Download a file the user may not read',
    group: 'files',
    focus: 'RETR',
    focusAlso: ['SIZE'],
    runs: [
      { client: 'curl', args: ['-o', '/dev/null', '{url}/secret.txt'] },
      { client: 'ftplib', steps: ftplibSession({ call: 'retrbinary', args: ['RETR secret.txt'] }) },
    ],
  },
  {
    id: 'retr-directory',
    description: 'Download something that is a folder, not a file',
    group: 'files',
    focus: 'RETR',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'retrbinary', args: ['RETR docs'] }) }],
  },
  {
    id: 'stor-ok',
    description: 'Upload a new file',
    group: 'files',
    focus: 'STOR',
    runs: [
      { client: 'curl', args: ['-T', '{upload}', '{url}/upload.txt'] },
      {
        client: 'ftplib',
        steps: ftplibSession({
          call: 'storbinary',
          args: ['STOR upload.txt', 'Uploaded by ftplib.\n'],
          label: "storbinary('STOR upload.txt', file)",
        }),
      },
    ],
  },
  {
    id: 'stor-denied',
    description: 'Upload into a folder the user may not write to',
    group: 'files',
    focus: 'STOR',
    runs: [
      { client: 'curl', args: ['-T', '{upload}', '{url}/readonly/new.txt'] },
      {
        client: 'ftplib',
        steps: ftplibSession({
          call: 'storbinary',
          args: ['STOR readonly/new.txt', 'Uploaded by ftplib.\n'],
          label: "storbinary('STOR readonly/new.txt', file)",
        }),
      },
      { client: 'lftp', commands: ['put {upload} -o readonly/new.txt'] },
    ],
  },
  {
    id: 'stor-anonymous',
    description: 'Upload as the anonymous user (anonymous access is read-only)',
    group: 'files',
    focus: 'STOR',
    runs: [{ client: 'curl', anonymous: true, args: ['-T', '{upload}', 'ftp://{host}:{port}/upload.txt'] }],
  },
  {
    id: 'stor-writes-disabled',
    description: 'Upload where the server is set up read-only',
    group: 'files',
    focus: 'STOR',
    setup: { writable: false },
    runs: [{ client: 'curl', args: ['-T', '{upload}', '{url}/upload.txt'] }],
  },
  {
    id: 'appe-ok',
    description: 'Append to a file that exists (APPE)',
    group: 'files',
    focus: 'APPE',
    runs: [{ client: 'curl', args: ['-T', '{upload}', '--append', '{url}/hello.txt'] }],
  },
  {
    id: 'rename-ok',
    description: 'Rename a file (RNFR, then RNTO)',
    group: 'files',
    focus: 'RNTO',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'rename', args: ['hello.txt', 'renamed.txt'] }) }],
  },
  {
    id: 'rnfr-missing',
    description: 'Rename a file that does not exist',
    group: 'files',
    focus: 'RNFR',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'rename', args: ['missing.txt', 'renamed.txt'] }) }],
  },
  {
    id: 'size-ok',
    description: "Ask for the size of a file (SIZE), in ftplib's default ASCII mode and after TYPE I",
    group: 'files',
    focus: 'SIZE',
    runs: [
      { client: 'ftplib', steps: ftplibSession({ call: 'size', args: ['hello.txt'] }) },
      {
        client: 'raw',
        steps: [...LOGIN, { do: 'send', line: 'TYPE I' }, { do: 'send', line: 'SIZE hello.txt' }, ...QUIT],
      },
    ],
  },
  {
    id: 'size-missing',
    description: 'Ask for the size of a file that does not exist',
    group: 'files',
    focus: 'SIZE',
    runs: [
      {
        client: 'raw',
        steps: [...LOGIN, { do: 'send', line: 'TYPE I' }, { do: 'send', line: 'SIZE missing.txt' }, ...QUIT],
      },
    ],
  },
  {
    id: 'allo',
    description: 'Reserve space before an upload (ALLO), which most servers do not need',
    group: 'files',
    focus: 'ALLO',
    runs: [{ client: 'raw', steps: ask('ALLO 1024') }],
  },
  {
    id: 'site-chmod',
    description: "Change a file's permissions (SITE CHMOD 600)",
    group: 'files',
    focus: 'SITE',
    runs: [{ client: 'raw', steps: ask('SITE CHMOD 600 hello.txt') }],
  },
  {
    id: 'mdtm',
    description: 'Ask when a file was last changed (MDTM)',
    group: 'files',
    focus: 'MDTM',
    runs: [{ client: 'raw', steps: ask('MDTM hello.txt') }],
  },
  {
    id: 'rest-ok',
    description: 'Resume a download from byte 5 (REST, then RETR)',
    group: 'files',
    focus: 'REST',
    runs: [{ client: 'curl', args: ['-C', '5', '-o', '/dev/null', '{url}/hello.txt'] }],
  },
  {
    id: 'rest-bad-argument',
    description: 'Send REST with an argument that is not a number',
    group: 'files',
    focus: 'REST',
    runs: [{ client: 'raw', steps: ask('REST abc') }],
  },
];
