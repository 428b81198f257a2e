/** How the scenario groups of the recordings are named on the site. */
import type { Observation } from '../../schemas/observation.ts';

/** Each scenario group's heading. */
export const GROUP_LABELS: Readonly<Record<Observation['group'], string>> = {
  session: 'Session',
  login: 'Logging in',
  directories: 'Directories',
  files: 'Files',
  transfers: 'Transfers',
  'data-connection': 'Data connections',
  limits: 'Limits',
  syntax: 'Syntax, sequence and unimplemented commands',
  tls: 'TLS',
};

/** The label of a client run, e.g. "curl 7.88.1" or "ftplib (Python 3.11.2)". */
export function clientLabel(client: string, version: string): string {
  if (client === 'ftplib') return `ftplib (Python ${version})`;
  if (client === 'raw') return `raw socket client (Python ${version})`;
  return `${client} ${version}`;
}
