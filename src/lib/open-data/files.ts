/**
 * The published data files: each one's name in /data/, the zod schema it follows, and how a
 * schema and a file are written out. Shared by the build (src/pages/data/) and the tests.
 */
import { z } from 'astro/zod';
import {
  codeFileSchema,
  codesFileSchema,
  commandsFileSchema,
  observationsFileSchema,
} from '../../schemas/open-data.ts';
import { absoluteUrl, dataFileUrl } from '../urls.ts';

/** Each JSON file: its name in /data/ and the schema it follows. */
export const DATA_FILES = {
  codes: { file: 'codes.json', schemaFile: 'codes.schema.json', schema: codesFileSchema },
  code: { file: 'codes/<code>.json', schemaFile: 'code.schema.json', schema: codeFileSchema },
  commands: { file: 'commands.json', schemaFile: 'commands.schema.json', schema: commandsFileSchema },
  observations: { file: 'observations.json', schemaFile: 'observations.schema.json', schema: observationsFileSchema },
} as const;

/** One of the JSON files. */
export type DataFileKey = keyof typeof DATA_FILES;

/** The JSON Schema of a published file, with its own URL as $id; `site` is the site's origin. */
export function jsonSchemaOf(key: DataFileKey, site: string): Record<string, unknown> {
  const { schema, schemaFile } = DATA_FILES[key];
  const { $schema, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return { $schema, $id: absoluteUrl(dataFileUrl(schemaFile), site), ...rest };
}

/** Serialises a data file the same way every time: two-space indents and a final newline. */
export function dataJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
