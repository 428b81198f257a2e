/** /search/instant.json: the instant-answer table of every code, built from the collection and the recordings. */
import type { APIRoute } from 'astro';
import { getCodes } from '../../data/codes.ts';
import { getObservedTexts } from '../../data/observations.ts';
import { instantTableOf } from '../../lib/instant-table.ts';

/** The table as compact JSON; the texts real servers sent join each code's wordings. */
export const GET: APIRoute = async () => {
  const observed = await getObservedTexts();
  const table = instantTableOf(
    (await getCodes()).map((e) => ({
      ...e.data,
      wordings: [...(e.data.wordings ?? []), ...(observed.get(e.data.code) ?? [])],
    })),
  );
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};
