/** Listing folders: LIST, NLST, MLSD. */
import type { Scenario } from '../types.ts';
import { ask, ftplibSession } from './steps.ts';

/** Scenarios about listings. */
export const LISTINGS: Scenario[] = [
  {
    id: 'list',
    description: 'List the current folder (LIST)',
    group: 'files',
    focus: 'LIST',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'dir' }) }],
  },
  {
    id: 'nlst',
    description: 'List only the names in the current folder (NLST)',
    group: 'files',
    focus: 'NLST',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'nlst' }) }],
  },
  {
    id: 'nlst-missing',
    description: 'List the names in a folder that does not exist',
    group: 'files',
    focus: 'NLST',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'nlst', args: ['nowhere'] }) }],
  },
  {
    id: 'list-missing',
    description: 'List a folder that does not exist',
    group: 'files',
    focus: 'LIST',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'dir', args: ['nowhere'] }) }],
  },
  {
    id: 'mlst',
    description: "Ask for one file's facts on the control connection (MLST)",
    group: 'files',
    focus: 'MLST',
    runs: [{ client: 'raw', steps: ask('MLST hello.txt') }],
  },
  {
    id: 'mlsd',
    description: 'List the current folder in machine-readable form (MLSD)',
    group: 'files',
    focus: 'MLSD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'mlsd' }) }],
  },
];
