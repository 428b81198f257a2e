/** /data/codes.json: every code's facts in one file. */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataJson } from '../../lib/open-data/files.ts';
import { siteOrigin } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(dataJson((await getOpenData(siteOrigin(site))).codes), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
