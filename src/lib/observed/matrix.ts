/**
 * The scenario matrix of /servers/: one row per scenario, one cell per server holding the
 * reply the scenario is about. A row where the servers answer with different codes is marked,
 * and so is each cell whose code differs from the one most servers sent.
 */
import type { Observation } from '../../schemas/observation.ts';
import { repliesOfRun } from './replies.ts';

/** One distinct reply in a cell, with the clients whose runs got it. */
export interface CellReply {
  code: string;
  lines: string[];
  clients: string[];
}

/** What one server did in one scenario. */
export interface MatrixCell {
  server: Observation['server'];
  /** Why the scenario was not run on this server, when it was not. */
  notRecorded?: string;
  /** The distinct replies the scenario is about, over all runs (one run may differ from another). */
  replies: CellReply[];
  /** Whether this cell's codes differ from those most servers sent. */
  odd: boolean;
}

/** One scenario across the servers. */
export interface MatrixRow {
  scenario: string;
  description: string;
  group: Observation['group'];
  focus: string;
  order: number;
  cells: MatrixCell[];
  /** Whether the servers that ran it answered with different codes. */
  differs: boolean;
}

/** A cell's codes as one comparable key, e.g. "550" or "213+550". */
const codesKey = (cell: MatrixCell): string => [...new Set(cell.replies.map((r) => r.code))].sort().join('+');

function cellOf(observation: Observation | undefined, server: Observation['server']): MatrixCell {
  if (observation === undefined) return { server, notRecorded: 'No recording yet.', replies: [], odd: false };
  if (observation.notRecorded !== undefined)
    return { server, notRecorded: observation.notRecorded, replies: [], odd: false };
  const replies: CellReply[] = [];
  observation.runs.forEach((run, index) => {
    for (const reply of repliesOfRun(observation, run, index).filter((r) => r.focus)) {
      const same = replies.find((r) => r.lines.join('\n') === reply.lines.join('\n'));
      if (same === undefined) replies.push({ code: reply.code, lines: reply.lines, clients: [run.client] });
      else if (!same.clients.includes(run.client)) same.clients.push(run.client);
    }
  });
  return { server, replies, odd: false };
}

/** Marks the cells whose codes differ from the codes most servers sent; a row of all-different cells marks them all. */
function markOdd(cells: MatrixCell[]): boolean {
  const ran = cells.filter((c) => c.notRecorded === undefined && c.replies.length > 0);
  const counts = new Map<string, number>();
  for (const cell of ran) counts.set(codesKey(cell), (counts.get(codesKey(cell)) ?? 0) + 1);
  if (counts.size <= 1) return false;
  const most = Math.max(...counts.values());
  const majority = [...counts].filter(([, n]) => n === most).map(([k]) => k);
  for (const cell of ran) cell.odd = majority.length > 1 || codesKey(cell) !== majority[0];
  return true;
}

/** The matrix of every scenario (in scenario order) against the servers given. */
export function scenarioMatrix(
  observations: readonly Observation[],
  servers: readonly Observation['server'][],
): MatrixRow[] {
  const scenarios = new Map<string, Observation[]>();
  for (const o of observations) scenarios.set(o.scenario, [...(scenarios.get(o.scenario) ?? []), o]);
  return [...scenarios.values()]
    .map((recorded) => {
      const first = recorded[0] as Observation;
      const cells = servers.map((server) =>
        cellOf(
          recorded.find((o) => o.server === server),
          server,
        ),
      );
      return {
        scenario: first.scenario,
        description: first.description,
        group: first.group,
        focus: first.focus,
        order: first.order,
        cells,
        differs: markOdd(cells),
      };
    })
    .sort((a, b) => a.order - b.order);
}
