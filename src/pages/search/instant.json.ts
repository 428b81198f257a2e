/** /search/instant.json: the instant-answer table of every code, built from the collection. */
import type { APIRoute } from 'astro';
import { getCodes } from '../../data/codes.ts';
import { instantTableOf } from '../../lib/instant-table.ts';

/** The table as compact JSON. */
export const GET: APIRoute = async () => {
  const table = instantTableOf((await getCodes()).map((e) => e.data));
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};
