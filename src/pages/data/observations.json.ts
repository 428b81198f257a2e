/** /data/observations.json: every recording of a real server, as stored in content/observations/. */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataJson } from '../../lib/open-data/files.ts';
import { siteOrigin } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(dataJson((await getOpenData(siteOrigin(site))).observations), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
