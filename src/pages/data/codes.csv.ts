/** /data/codes.csv: one row per code, for spreadsheets. */
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { siteOrigin } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await getOpenData(siteOrigin(site))).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
