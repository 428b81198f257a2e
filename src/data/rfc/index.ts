/**
 * The facts extracted from the RFC texts by `npm run rfc:extract` (the JSON files beside
 * this one; do not edit them by hand). Committed, so that checks and pages work on a
 * clone without ../shared/rfc/.
 */
import type { RfcFacts } from '../../lib/rfc-facts.ts';
import rfc959 from './rfc959.json' with { type: 'json' };
import rfc1123 from './rfc1123.json' with { type: 'json' };
import rfc2228 from './rfc2228.json' with { type: 'json' };
import rfc2389 from './rfc2389.json' with { type: 'json' };
import rfc2428 from './rfc2428.json' with { type: 'json' };
import rfc2640 from './rfc2640.json' with { type: 'json' };
import rfc3659 from './rfc3659.json' with { type: 'json' };
import rfc4217 from './rfc4217.json' with { type: 'json' };
import rfc7151 from './rfc7151.json' with { type: 'json' };

/** Every extracted RFC, keyed by number. RFC 1639 is missing: its text is not available. */
export const RFC_FACTS: ReadonlyMap<number, RfcFacts> = new Map(
  ([rfc959, rfc1123, rfc2228, rfc2389, rfc2428, rfc2640, rfc3659, rfc4217, rfc7151] as RfcFacts[]).map((f) => [
    f.rfc,
    f,
  ]),
);
