/** Downloading and uploading files. */
import type { Scenario } from '../types.ts';

/** Scenarios about file transfers. */
export const FILES: Scenario[] = [
  {
    id: 'retr-ok',
    description: 'Download a file that exists',
    group: 'files',
    focus: 'RETR',
    runs: [
      { client: 'curl', args: ['-o', '/dev/null', '{url}/hello.txt'] },
      { client: 'ftplib', steps: [{ call: 'login', args: ['{user}', '{password}'], label: 'login(user, password)' }, { call: 'retrbinary', args: ['RETR hello.txt'] }, { call: 'quit' }] },
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
      { client: 'ftplib', steps: [{ call: 'login', args: ['{user}', '{password}'], label: 'login(user, password)' }, { call: 'retrbinary', args: ['RETR missing.txt'] }, { call: 'quit' }] },
      { client: 'lftp', commands: ['get missing.txt -o /dev/null'] },
    ],
  },
  {
    id: 'stor-ok',
    description: 'Upload a new file',
    group: 'files',
    focus: 'STOR',
    runs: [
      { client: 'curl', args: ['-T', '{upload}', '{url}/upload.txt'] },
      { client: 'ftplib', steps: [{ call: 'login', args: ['{user}', '{password}'], label: 'login(user, password)' }, { call: 'storbinary', args: ['STOR upload.txt', 'Uploaded by ftplib.\n'], label: "storbinary('STOR upload.txt', file)" }, { call: 'quit' }] },
    ],
  },
];
