/** /data/codes/<code>.json: one code's facts. */
import type { APIRoute } from 'astro';
import { getCodes } from '../../../data/codes.ts';
import { getOpenData } from '../../../data/open-data.ts';
import { dataJson } from '../../../lib/open-data/files.ts';
import { siteOrigin } from '../../../lib/site.ts';

export async function getStaticPaths() {
  return (await getCodes()).map((e) => ({ params: { code: e.data.code } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await getOpenData(siteOrigin(site))).codeFiles.get(String(params['code']));
  if (file === undefined) throw new Error(`no data file for code ${String(params['code'])}`);
  return new Response(dataJson(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
