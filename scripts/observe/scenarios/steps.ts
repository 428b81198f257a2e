/** Step sequences many scenarios share. */
import type { RawStep } from '../types.ts';

/** Logs the raw client in as the local user. */
export const LOGIN: RawStep[] = [
  { do: 'send', line: 'USER {user}' },
  { do: 'send', line: 'PASS {password}' },
];

/** Ends a raw session politely. */
export const QUIT: RawStep[] = [{ do: 'send', line: 'QUIT' }];
