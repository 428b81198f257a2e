/**
 * The recordings of real servers as the site reads them, for tests that run without Astro:
 * every file that passes its schema (the others fail in observations.test.ts), the servers'
 * names, every reply and every client outcome.
 */
import { observationSchema, observedServerSchema, type Observation } from '../../src/schemas/observation.ts';
import { allReplies, type ObservedReply } from '../../src/lib/observed/replies.ts';
import { readObservations, readServers } from './observations.ts';

/** Every recording that passes the schema. */
export const OBSERVATIONS: Observation[] = readObservations().flatMap((f) => {
  const parsed = observationSchema.safeParse(f.data);
  return parsed.success ? [parsed.data] : [];
});

/** Each recorded server's id and product name. */
export const SERVER_NAMES: { id: Observation['server']; name: string }[] = readServers().flatMap((f) => {
  const parsed = observedServerSchema.safeParse(f.data);
  return parsed.success ? [{ id: parsed.data.id, name: parsed.data.name }] : [];
});

/** Every reply of every recorded run. */
export const REPLIES: ObservedReply[] = allReplies(OBSERVATIONS);

/** Typical values for the placeholders, so a recorded line reads as it would in a reader's log. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  '<p1>,<p2>': '195,80',
  '<port>': '50123',
  '<password>': 'secret',
  '<time>': '10:21',
  '<datetime>': '20240115103000',
  '<seconds>': '0.002',
  '<speed>': '1.25MB',
  '<kbytes>': '12',
  '<uid>': '1001',
  '<gid>': '1001',
  '<unique>': 'fd01U2',
};

/** A recorded line as a reader would paste it from a log: its placeholders filled with typical values. */
export function asPasted(line: string): string {
  return Object.entries(SAMPLE_VALUES).reduce((text, [token, value]) => text.split(token).join(value), line);
}
