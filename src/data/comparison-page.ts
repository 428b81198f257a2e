/**
 * Everything one comparison page says, worked out once per pair: the head (title,
 * description, whether it is indexable) for the route, and the content for ComparePage.
 * The relation sentences come from src/lib/relation.ts, the table from src/lib/compare.ts.
 */
import { getCodeMap, type CodeEntry } from './codes.ts';
import { compareSideOf, curatedPartnersOf, getCuratedPairs, getPairNotes, type CuratedPair } from './comparisons.ts';
import { relationsBetween } from './relations.ts';
import { rfcListing } from './rfc-listing.ts';
import { RFC959_REPLIES } from './rfc/sequences.ts';
import { EXCHANGE_STEPS } from './exchange-steps.ts';
import { getRecordedOutcomes } from './recorded-outcomes.ts';
import { clipText, commandContext, glanceRows, type GlanceRow } from '../lib/compare.ts';
import { relationSentence } from '../lib/relation-text.ts';
import { reactionRows, ruleContrast, type ReactionInput, type ReactionRow } from '../lib/client-reactions.ts';
import { serverCodes } from '../lib/transcript.ts';
import { pairKey } from '../lib/pairs.ts';

/** One comparison page, lower code first. */
export interface ComparisonPage {
  a: CodeEntry;
  b: CodeEntry;
  /** The h1, also the start of the page title: "FTP 425 vs 426". */
  title: string;
  /** The meta description: the pair and its decision test or relation, clipped. */
  description: string;
  /** The pair's hand-written decision test, when people really confuse the two; only then is the page indexable. */
  curated: CuratedPair | undefined;
  /** The first relation sentence, the page's lead. */
  lead: string;
  /** The other relation sentences and where the RFC lists of the two part ways. */
  relationLines: string[];
  /** The entries' own notes on the pair, as [code, note]. */
  pairNotes: [string, string][];
  /** True when nothing connects the two: the page sends the reader to each code's page. */
  unrelated: boolean;
  /** The table rows where the two differ, and the facts they share. */
  glance: { differing: GlanceRow[]; common: GlanceRow[] };
  /**
   * How tools react to each, side by side, and the rules that set them apart. The page shows
   * them for related codes only: for unrelated ones it sends the reader to each code's page,
   * which carries the reactions in full.
   */
  reactions: ReactionRow[];
  /** The tools' rules that treat the two codes differently, one sentence each. */
  contrast: string[];
  /** The entry whose example shows both codes, if one does. */
  both: CodeEntry | undefined;
  /** For each code, the other codes it is often confused with (this pair left out). */
  others: { entry: CodeEntry; partners: string[] }[];
}

/** The comparison of two entries, `a` the lower code. */
export async function getComparisonPage(a: CodeEntry, b: CodeEntry): Promise<ComparisonPage> {
  // Any code's facts: a relation through the code standard servers send instead names a third one.
  const byCode = await getCodeMap();
  const textSide = (code: string) => byCode.get(code)!.data;
  const relations = await relationsBetween(a, b);
  const pairNotes = Object.entries((await getPairNotes()).get(pairKey(a.data.code, b.data.code)) ?? {});
  const [lead, ...moreRelations] = [
    ...new Set(relations.map((r) => relationSentence(r, textSide, rfcListing, pairNotes.length > 0))),
  ] as [string, ...string[]];
  // Codes no relation links and no entry relates by hand: the page sends the reader to each one.
  const unrelated =
    (relations[0]?.kind === 'unrelated' || relations[0]?.kind === 'same-class-group') && pairNotes.length === 0;
  const sideA = await compareSideOf(a);
  const sideB = await compareSideOf(b);
  // Where the RFC lists part ways matters only when the two answer some of the same commands.
  // Server uses that a relation sentence already names (it names them only when no RFC lists both).
  const namedUses = new Set(
    relations.flatMap((r) =>
      r.kind === 'alternatives' && r.listed.length === 0
        ? r.byServers.flatMap((s) => Object.keys(s.programs).map((code) => `${code} ${s.command}`))
        : [],
    ),
  );
  const context = relations.some((r) => r.kind === 'alternatives' || r.kind === 'same-command')
    ? commandContext(
        sideA,
        sideB,
        RFC959_REPLIES,
        namedUses,
        new Set(EXCHANGE_STEPS.anyCommand.filter((r) => r.rfc).map((r) => r.code)),
      )
    : [];
  const outcomes = await getRecordedOutcomes();
  const reactionInput = (e: CodeEntry): ReactionInput => ({
    code: e.data.code,
    clients: e.data.clients,
    recorded: outcomes.get(e.data.code),
  });
  const reactions = reactionRows(reactionInput(a), reactionInput(b));
  const curated = (await getCuratedPairs()).get(pairKey(a.data.code, b.data.code));
  // Two Windows socket errors are not FTP replies, so their comparison is not called "FTP".
  const bothSocket = a.data.kind === 'socket-error' && b.data.kind === 'socket-error';
  const title = `${bothSocket ? 'Socket error' : 'FTP'} ${a.data.code} vs ${b.data.code}`;
  // Kept short: it is repeated in the head for Open Graph, outside the page's own content.
  const description = clipText(
    `${a.data.code} ${a.data.title} vs ${b.data.code} ${b.data.title}: ${curated?.test ?? lead}`,
    220,
  );
  const others = await Promise.all(
    [a, b].map(async (e) => ({
      entry: e,
      partners: (await curatedPartnersOf(e.data.code)).filter((c) => c !== a.data.code && c !== b.data.code),
    })),
  );
  // A transcript that shows both codes is about the pair; one that shows a single code is on its own page.
  const both = [a, b].find((e) => {
    const other = e === a ? b : a;
    return serverCodes(e.data.example).includes(other.data.code) || e.data.example.includes(`(${other.data.code})`);
  });
  return {
    a,
    b,
    title,
    description,
    curated,
    lead,
    relationLines: [...moreRelations, ...context],
    pairNotes,
    unrelated,
    glance: glanceRows(sideA, sideB),
    reactions,
    contrast: ruleContrast(a.data.code, b.data.code),
    both,
    others,
  };
}
