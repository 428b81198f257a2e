/**
 * The downloadable data of /data/, built once per build from the same collections as the
 * pages, and checked against the published schemas before anything is written: a record
 * that does not fit its schema stops the build.
 */
import { z } from 'astro/zod';
import { getCodes } from './codes.ts';
import { getCommandPages } from './commands.ts';
import { getObservations, getObservedReplies, getServers } from './observations.ts';
import { replyListsFor } from './rfc/sequences.ts';
import { rfcListings } from '../lib/command-replies.ts';
import { codeRecord, commandRecord } from '../lib/open-data/records.ts';
import { codesCsv } from '../lib/open-data/csv.ts';
import { absoluteUrl, dataFileUrl } from '../lib/urls.ts';
import { DATA_FILES } from '../lib/open-data/files.ts';
import {
  DATA_VERSION,
  codeFileSchema,
  codesFileSchema,
  commandsFileSchema,
  observationsFileSchema,
  type CodeRecord,
} from '../schemas/open-data.ts';

/** Everything in /data/, as JSON-ready values. */
export interface OpenData {
  codes: z.infer<typeof codesFileSchema>;
  /** By code: that code's own file. */
  codeFiles: Map<string, z.infer<typeof codeFileSchema>>;
  commands: z.infer<typeof commandsFileSchema>;
  observations: z.infer<typeof observationsFileSchema>;
  csv: string;
}

let cache: Promise<OpenData> | undefined;

/** Builds (once) and checks every data file; `site` is the site's origin. */
export function getOpenData(site: string): Promise<OpenData> {
  cache ??= Promise.all([getCodes(), getCommandPages(), getObservedReplies(), getServers(), getObservations()]).then(
    ([codes, commandPages, observed, servers, recordings]) => {
      const schemaUrl = (key: keyof typeof DATA_FILES): string =>
        absoluteUrl(dataFileUrl(DATA_FILES[key].schemaFile), site);
      const records: CodeRecord[] = codes.map((e) => codeRecord(e.data, site));
      const titles = new Map(codes.map((e) => [e.data.code, e.data.title]));
      const codesFile = codesFileSchema.parse({ $schema: schemaUrl('codes'), version: DATA_VERSION, codes: records });
      const codeFiles = new Map(
        records.map((r) => [r.code, codeFileSchema.parse({ $schema: schemaUrl('code'), version: DATA_VERSION, ...r })]),
      );
      const commands = commandsFileSchema.parse({
        $schema: schemaUrl('commands'),
        version: DATA_VERSION,
        commands: commandPages.map((p) =>
          commandRecord(p.entry.data, p.tree, p.replies, {
            titles,
            listings: (code) => rfcListings(p.entry.data.command, code, replyListsFor(p.entry.data.command)),
            recordings: (code) => observed.get(p.entry.data.command)?.get(code) ?? [],
            serverVersions: new Map(servers.map((s) => [s.id, s.data.version])),
            site,
          }),
        ),
      });
      const observations = observationsFileSchema.parse({
        $schema: schemaUrl('observations'),
        version: DATA_VERSION,
        servers: servers.map((s) => s.data),
        recordings: recordings.map((r) => r.data),
      });
      return { codes: codesFile, codeFiles, commands, observations, csv: codesCsv(records) };
    },
  );
  return cache;
}
