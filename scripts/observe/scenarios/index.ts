/** The scenario catalogue, in the order the recordings are numbered and listed. */
import type { Scenario } from '../types.ts';
import { DATA_CONNECTION } from './data-connection.ts';
import { DIRECTORIES } from './directories.ts';
import { FILES } from './files.ts';
import { LIMITS } from './limits.ts';
import { LISTINGS } from './listings.ts';
import { LOGIN_SCENARIOS } from './login.ts';
import { SESSION } from './session.ts';
import { SYNTAX } from './syntax.ts';
import { TLS } from './tls.ts';

/** Every scenario. */
export const SCENARIOS: Scenario[] = [
  ...SESSION,
  ...LOGIN_SCENARIOS,
  ...DIRECTORIES,
  ...FILES,
  ...LISTINGS,
  ...DATA_CONNECTION,
  ...LIMITS,
  ...SYNTAX,
  ...TLS,
];

const ids = SCENARIOS.map((s) => s.id);
const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
if (duplicate !== undefined) throw new Error(`scenario id "${duplicate}" is used twice`);
