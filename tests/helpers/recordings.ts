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
