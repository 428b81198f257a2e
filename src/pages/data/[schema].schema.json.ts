/** /data/codes.schema.json, /data/code.schema.json, /data/commands.schema.json: generated from the zod schemas. */
import type { APIRoute } from 'astro';
import { DATA_FILES, dataJson, jsonSchemaOf, type DataFileKey } from '../../lib/open-data/files.ts';
import { siteOrigin } from '../../lib/site.ts';

export function getStaticPaths() {
  return (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => ({
    params: { schema: DATA_FILES[key].schemaFile.replace('.schema.json', '') },
    props: { key },
  }));
}

export const GET: APIRoute<{ key: DataFileKey }> = ({ props, site }) =>
  new Response(dataJson(jsonSchemaOf(props.key, siteOrigin(site))), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
