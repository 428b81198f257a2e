/**
 * The recordings of real servers (written by `npm run observe`): every file passes its schema,
 * is named after its server and scenario, matches its server's recorded version, marks the
 * reply it is about, and uses only the documented placeholders.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { basename, dirname } from 'node:path';
import {
  observationSchema,
  observedServerSchema,
  OBSERVED_SERVERS,
  type Observation,
} from '../../src/schemas/observation.ts';
import { formatIssues } from '../../src/lib/schema-messages.ts';
import { PLACEHOLDER_TOKENS } from '../../src/lib/observation-placeholders.ts';
import { readObservations, readServers } from '../helpers/observations.ts';

const observations = readObservations();
const servers = readServers();

/** Every string a recording holds, for the placeholder check. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('content/servers', () => {
  it('has one base setup per recorded server', () => {
    assert.deepEqual(
      servers.map((s) => basename(s.file, '.json')),
      [...OBSERVED_SERVERS].sort(),
    );
  });
  for (const server of servers) {
    it(`${server.file} passes the schema and is named after its id`, () => {
      const result = observedServerSchema.safeParse(server.data);
      assert.deepEqual(result.success ? [] : formatIssues(server.file, result.error.issues), []);
      assert.equal(server.data['id'], basename(server.file, '.json'));
    });
  }
});

describe('content/observations', () => {
  it('holds recordings for every server', () => {
    for (const server of OBSERVED_SERVERS) {
      assert.ok(
        observations.some((o) => o.data['server'] === server),
        `no recording of ${server}`,
      );
    }
  });

  const parsed: Observation[] = [];
  for (const entry of observations) {
    describe(entry.file, () => {
      const result = observationSchema.safeParse(entry.data);
      if (result.success) parsed.push(result.data);

      it('passes the schema', () => {
        assert.deepEqual(result.success ? [] : formatIssues(entry.file, result.error.issues), []);
      });

      it("is named after its server and scenario, at the server's recorded version", () => {
        assert.equal(entry.data['server'], basename(dirname(entry.file)));
        assert.equal(entry.data['scenario'], basename(entry.file, '.json'));
        const server = servers.find((s) => s.data['id'] === entry.data['server']);
        assert.equal(entry.data['version'], server?.data['version']);
      });

      it('marks at most one reply per run, and one in the first run unless the server never replied', () => {
        if (!result.success) return;
        for (const [n, run] of result.data.runs.entries()) {
          const marked = run.transcript.filter((item) => 'server' in item && item.focus === true);
          assert.ok(marked.length <= 1, `run ${n + 1} (${run.client}) marks ${marked.length} replies`);
        }
        const first = result.data.runs[0];
        if (first === undefined) return;
        const marked = first.transcript.some((item) => 'server' in item && item.focus === true);
        const silent = first.transcript.some(
          (item) => 'event' in item && /closed the control connection|no reply within/.test(item.event),
        );
        assert.ok(marked || silent, 'the first run marks no reply, yet the server did not go silent');
      });

      it('uses only documented placeholders', () => {
        const tokens = strings(entry.data).flatMap((s) => s.match(/<[a-z][a-z0-9]*>/g) ?? []);
        const unknown = [...new Set(tokens)].filter((t) => !PLACEHOLDER_TOKENS.includes(t));
        assert.deepEqual(unknown, []);
      });
    });
  }

  it('gives each scenario the same description, group and place on every server', () => {
    const seen = new Map<string, string>();
    for (const o of parsed) {
      const key = JSON.stringify([o.description, o.group, o.order, o.focus]);
      assert.equal(seen.get(o.scenario) ?? key, key, `${o.scenario} differs between servers`);
      seen.set(o.scenario, key);
    }
  });
});

describe('observation schema', () => {
  const good = observations[0]?.data ?? {};

  it('rejects an unknown key and names it', () => {
    const result = observationSchema.safeParse({ ...good, colour: 'red' });
    assert.equal(result.success, false);
    assert.ok(
      !result.success &&
        formatIssues('x.json', result.error.issues).some((m) => m.startsWith('x.json: field "colour"')),
    );
  });

  it('rejects a recording with neither runs nor a reason', () => {
    const result = observationSchema.safeParse({ ...good, runs: [] });
    assert.ok(
      !result.success && formatIssues('x.json', result.error.issues).some((m) => m.startsWith('x.json: field "runs"')),
    );
  });

  it('rejects a transcript item that is neither a command, a reply nor an event', () => {
    const runs = [{ client: 'raw', clientVersion: '3.11.2', transcript: [{ server: [] }] }];
    const result = observationSchema.safeParse({ ...good, runs });
    assert.ok(
      !result.success &&
        formatIssues('x.json', result.error.issues).some((m) => m.includes('field "runs[0].transcript[0]')),
    );
  });
});
