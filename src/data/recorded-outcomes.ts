/**
 * How clients ended after each recorded reply (content/observations/), by the reply's code,
 * read once per build from the observations collection.
 */
import { getObservations } from './observations.ts';
import { recordedOutcomes, type RecordedOutcome } from '../lib/recorded-outcomes.ts';

let outcomes: Promise<Map<string, RecordedOutcome[]>> | undefined;

/** Every recorded client outcome after a scenario's focus reply, by that reply's code. */
export function getRecordedOutcomes(): Promise<Map<string, RecordedOutcome[]>> {
  outcomes ??= getObservations().then((all) =>
    Map.groupBy(
      all.flatMap((o) => recordedOutcomes(o.data)),
      (x) => x.code,
    ),
  );
  return outcomes;
}
