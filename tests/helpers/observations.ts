/** Reads the recordings of real servers (content/observations/, content/servers/) as plain JSON. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the recordings live. */
const OBSERVATIONS_DIR = 'content/observations';
/** Where each server's base setup lives. */
export const SERVERS_DIR = 'content/servers';

/** One JSON file with its repository path. */
export interface JsonFile {
  file: string;
  data: Record<string, unknown>;
}

function readJson(file: string): JsonFile {
  return { file, data: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
}

/** Every recording: content/observations/<server>/<scenario>.json. */
export function readObservations(): JsonFile[] {
  if (!existsSync(OBSERVATIONS_DIR)) return [];
  return readdirSync(OBSERVATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(OBSERVATIONS_DIR, d.name))
        .sort()
        .map((f) => readJson(join(OBSERVATIONS_DIR, d.name, f))),
    );
}

/** Every server's base setup: content/servers/<server>.json. */
export function readServers(): JsonFile[] {
  if (!existsSync(SERVERS_DIR)) return [];
  return readdirSync(SERVERS_DIR)
    .sort()
    .map((f) => readJson(join(SERVERS_DIR, f)));
}
