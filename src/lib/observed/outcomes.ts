/**
 * What the real clients ended with in each recorded run: curl's and lftp's exit code and
 * message, ftplib's exception. Each outcome is filed under a reply code: ftplib's error
 * texts start with the reply that caused them; otherwise the reply the scenario is about.
 */
import type { Observation } from '../../schemas/observation.ts';
import { replyCodeOf } from './replies.ts';

/** One failure a client reported, with the run it comes from. */
export interface ClientOutcome {
  client: 'curl' | 'lftp' | 'ftplib';
  /** The client's version (for ftplib, Python's). */
  clientVersion: string;
  /** The reply code it is filed under. */
  code: string;
  /** For curl and lftp: the exit code. */
  exitCode?: number;
  /** For ftplib: the call that raised, e.g. "retrbinary('RETR missing.txt')". */
  call?: string;
  /** For ftplib: the exception class, e.g. "ftplib.error_perm". */
  raised?: string;
  /** The message as printed (curl, lftp) or str() of the exception (ftplib); null when none. */
  message: string | null;
  server: Observation['server'];
  scenario: string;
  /** The scenario's one-line description. */
  description: string;
  order: number;
}

/** The code of the reply a run's scenario is about, if the run has one. */
function focusCode(run: Observation['runs'][number]): string | undefined {
  for (const item of run.transcript) if ('server' in item && item.focus === true) return replyCodeOf(item.server);
  return undefined;
}

/** Every failure a client reported in the recordings, in scenario order. */
export function clientOutcomes(observations: readonly Observation[]): ClientOutcome[] {
  const sorted = [...observations].sort((a, b) => a.order - b.order || a.server.localeCompare(b.server));
  return sorted.flatMap((o) =>
    o.runs.flatMap((run): ClientOutcome[] => {
      const where = { server: o.server, scenario: o.scenario, description: o.description, order: o.order };
      const focus = focusCode(run);
      if (run.client === 'curl' || run.client === 'lftp') {
        if (run.result.exitCode === 0 || focus === undefined) return [];
        return [
          {
            client: run.client,
            clientVersion: run.clientVersion,
            code: focus,
            exitCode: run.result.exitCode,
            message: run.result.message,
            ...where,
          },
        ];
      }
      if (run.client !== 'ftplib') return [];
      return run.result.calls.flatMap((call): ClientOutcome[] => {
        if (call.raised === undefined) return [];
        const code = /^\d{3}(?=[ -]|$)/.exec(call.raised.text)?.[0] ?? focus;
        if (code === undefined) return [];
        return [
          {
            client: 'ftplib',
            clientVersion: run.clientVersion,
            code,
            call: call.call,
            raised: call.raised.class,
            message: call.raised.text,
            ...where,
          },
        ];
      });
    }),
  );
}

/** Where a client outcome was seen: one scenario and the servers it was seen on there. */
export interface OutcomeSighting {
  scenario: string;
  description: string;
  servers: ClientOutcome['server'][];
}

/**
 * One way a client reported a code. curl and lftp outcomes are merged when the exit code and
 * message are the same; ftplib ones when the exception class is, since str() of ftplib's
 * errors is the server's reply line (already listed with the servers' replies).
 */
export interface OutcomeGroup {
  client: ClientOutcome['client'];
  clientVersion: string;
  exitCode?: number;
  raised?: string;
  /** The message, or for ftplib the first exception text seen. */
  message: string | null;
  /** For ftplib: the methods that raised it, e.g. ["cwd()", "retrbinary()"]. */
  calls: string[];
  seen: OutcomeSighting[];
}

const RANK = { curl: 0, ftplib: 1, lftp: 2 } as const;

/** The outcomes filed under one code, merged as OutcomeGroup says: curl first, then ftplib, then lftp. */
export function outcomesForCode(outcomes: readonly ClientOutcome[], code: string): OutcomeGroup[] {
  const groups = new Map<string, OutcomeGroup>();
  for (const o of outcomes.filter((x) => x.code === code)) {
    const id = JSON.stringify(
      o.client === 'ftplib'
        ? [o.client, o.clientVersion, o.raised]
        : [o.client, o.clientVersion, o.exitCode, o.message],
    );
    const group = groups.get(id) ?? {
      client: o.client,
      clientVersion: o.clientVersion,
      ...(o.exitCode !== undefined ? { exitCode: o.exitCode } : {}),
      ...(o.raised !== undefined ? { raised: o.raised } : {}),
      message: o.message,
      calls: [],
      seen: [],
    };
    const method = o.call === undefined ? undefined : `${o.call.split('(')[0] as string}()`;
    if (method !== undefined && !group.calls.includes(method)) group.calls.push(method);
    const sighting = group.seen.find((s) => s.scenario === o.scenario);
    if (sighting === undefined)
      group.seen.push({ scenario: o.scenario, description: o.description, servers: [o.server] });
    else if (!sighting.servers.includes(o.server)) sighting.servers.push(o.server);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => RANK[a.client] - RANK[b.client]);
}
