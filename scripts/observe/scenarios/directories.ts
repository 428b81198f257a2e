/** Moving around and changing folders. */
import type { Scenario } from '../types.ts';

/** Scenarios about directories. */
export const DIRECTORIES: Scenario[] = [
  {
    id: 'cwd-missing',
    description: 'Change into a folder that does not exist',
    group: 'directories',
    focus: 'CWD',
    runs: [
      { client: 'ftplib', steps: [{ call: 'login', args: ['{user}', '{password}'], label: 'login(user, password)' }, { call: 'cwd', args: ['nowhere'] }, { call: 'quit' }] },
      { client: 'curl', args: ['-o', '/dev/null', '{url}/nowhere/'] },
    ],
  },
];
