/**
 * The downloadable data of /data/, built once per build from the same collections as the
 * pages, and checked against the published schemas before anything is written: a record
 * that does not fit its schema stops the build.
 */
import { z } from 'astro/zod';
import { getCodes } from './codes.ts';
import { getCommandPages } from './commands.ts';
import { codeRecord, commandRecord } from '../lib/open-data/records.ts';
import { codesCsv } from '../lib/open-data/csv.ts';
import { absoluteUrl, dataFileUrl } from '../lib/urls.ts';
import { DATA_VERSION, codeFileSchema, codesFileSchema, commandsFileSchema, type CodeRecord } from '../schemas/open-data.ts';

/** Each published file: its name in /data/ and the schema it follows. */
export const DATA_FILES = {
  codes: { file: 'codes.json', schemaFile: 'codes.schema.json', schema: codesFileSchema },
  code: { file: 'codes/<code>.json', schemaFile: 'code.schema.json', schema: codeFileSchema },
  commands: { file: 'commands.json', schemaFile: 'commands.schema.json', schema: commandsFileSchema },
} as const;

/** Everything in /data/, as JSON-ready values. */
export interface OpenData {
  codes: z.infer<typeof codesFileSchema>;
  /** By code: that code's own file. */
  codeFiles: Map<string, z.infer<typeof codeFileSchema>>;
  commands: z.infer<typeof commandsFileSchema>;
  csv: string;
}

/** The JSON Schema of a published file, with its own URL as $id. */
export function jsonSchemaOf(key: keyof typeof DATA_FILES, site: string): Record<string, unknown> {
  const { schema, schemaFile } = DATA_FILES[key];
  const generated = z.toJSONSchema(schema) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: absoluteUrl(dataFileUrl(schemaFile), site), ...rest };
}

/** Serialises a data file the same way every time: two-space indents and a final newline. */
export function dataJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

let cache: Promise<OpenData> | undefined;

/** Builds (once) and checks every data file; `site` is the site's origin. */
export function getOpenData(site: string): Promise<OpenData> {
  cache ??= Promise.all([getCodes(), getCommandPages()]).then(([codes, commandPages]) => {
    const schemaUrl = (key: keyof typeof DATA_FILES): string => absoluteUrl(dataFileUrl(DATA_FILES[key].schemaFile), site);
    const records: CodeRecord[] = codes.map((e) => codeRecord(e.data, site));
    const titles = new Map(codes.map((e) => [e.data.code, e.data.title]));
    const codesFile = codesFileSchema.parse({ $schema: schemaUrl('codes'), version: DATA_VERSION, codes: records });
    const codeFiles = new Map(records.map((r) => [r.code, codeFileSchema.parse({ $schema: schemaUrl('code'), version: DATA_VERSION, ...r })]));
    const commands = commandsFileSchema.parse({
      $schema: schemaUrl('commands'),
      version: DATA_VERSION,
      commands: commandPages.map((p) => commandRecord(p.entry.data, p.tree, p.replies, titles, site)),
    });
    return { codes: codesFile, codeFiles, commands, csv: codesCsv(records) };
  });
  return cache;
}
