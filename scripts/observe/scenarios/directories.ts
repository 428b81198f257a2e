/** Moving around and changing folders: PWD, CWD, MKD, RMD, and DELE for files. */
import type { Scenario } from '../types.ts';
import { ask, ftplibSession } from './steps.ts';

/** Scenarios about directories and deleting. */
export const DIRECTORIES: Scenario[] = [
  {
    id: 'pwd',
    description: 'Print the current folder (PWD)',
    group: 'directories',
    focus: 'PWD',
    runs: [{ client: 'raw', steps: ask('PWD') }],
  },
  {
    id: 'cwd-ok',
    description: 'Change into a folder that exists',
    group: 'directories',
    focus: 'CWD',
    runs: [{ client: 'raw', steps: ask('CWD docs') }],
  },
  {
    id: 'cwd-missing',
    description: 'Change into a folder that does not exist',
    group: 'directories',
    focus: 'CWD',
    runs: [
      { client: 'ftplib', steps: ftplibSession({ call: 'cwd', args: ['nowhere'] }) },
      { client: 'curl', args: ['-o', '/dev/null', '{url}/nowhere/'] },
    ],
  },
  {
    id: 'cwd-denied',
    description: 'Change into a folder the user may not enter',
    group: 'directories',
    focus: 'CWD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'cwd', args: ['private'] }) }],
  },
  {
    id: 'cwd-file',
    description: 'Change into something that is a file, not a folder',
    group: 'directories',
    focus: 'CWD',
    runs: [{ client: 'raw', steps: ask('CWD hello.txt') }],
  },
  {
    id: 'mkd-ok',
    description: 'Create a new folder',
    group: 'directories',
    focus: 'MKD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'mkd', args: ['newdir'] }) }],
  },
  {
    id: 'mkd-exists',
    description: 'Create a folder that already exists',
    group: 'directories',
    focus: 'MKD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'mkd', args: ['docs'] }) }],
  },
  {
    id: 'mkd-denied',
    description: 'Create a folder inside a folder the user may not write to',
    group: 'directories',
    focus: 'MKD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'mkd', args: ['readonly/sub'] }) }],
  },
  {
    id: 'rmd-ok',
    description: 'Remove an empty folder',
    group: 'directories',
    focus: 'RMD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'rmd', args: ['empty'] }) }],
  },
  {
    id: 'rmd-not-empty',
    description: 'Remove a folder that still holds files',
    group: 'directories',
    focus: 'RMD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'rmd', args: ['docs'] }) }],
  },
  {
    id: 'rmd-missing',
    description: 'Remove a folder that does not exist',
    group: 'directories',
    focus: 'RMD',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'rmd', args: ['nowhere'] }) }],
  },
  {
    id: 'dele-ok',
    description: 'Delete a file',
    group: 'directories',
    focus: 'DELE',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'delete', args: ['hello.txt'] }) }],
  },
  {
    id: 'dele-missing',
    description: 'Delete a file that does not exist',
    group: 'directories',
    focus: 'DELE',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'delete', args: ['missing.txt'] }) }],
  },
  {
    id: 'dele-denied',
    description: 'Delete a file in a folder the user may not write to',
    group: 'directories',
    focus: 'DELE',
    runs: [{ client: 'ftplib', steps: ftplibSession({ call: 'delete', args: ['readonly/keep.txt'] }) }],
  },
];
