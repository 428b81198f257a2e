/**
 * `npm run rfc:extract`: reads the RFC texts and writes their facts to src/data/rfc/
 * (one JSON file per RFC). The RFC folder is $RFC_DIR, or ../shared/rfc next to the
 * repository. Running it again on the same texts writes the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FTP_COMMAND_NAMES } from '../../src/lib/ftp-commands.ts';
import { extractRfc } from './extract-rfc.ts';
import { RFC_SPECS } from './spec.ts';
import { factsToJson } from './write-json.ts';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where the RFC texts are: $RFC_DIR, or ../shared/rfc beside the repository. */
export function rfcDir(): string {
  return process.env['RFC_DIR'] ?? resolve(repo, '..', 'shared', 'rfc');
}

/** The folder the JSON files go to. */
export const OUT_DIR = join(repo, 'src', 'data', 'rfc');

/** Every RFC's facts as JSON text, keyed by output file name ("rfc959.json"). */
export function extractAll(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const spec of RFC_SPECS) {
    const text = readFileSync(join(dir, spec.file), 'utf8');
    out.set(`rfc${spec.rfc}.json`, factsToJson(extractRfc(text, spec, FTP_COMMAND_NAMES)));
  }
  return out;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = rfcDir();
  const files = extractAll(dir);
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, json] of files) writeFileSync(join(OUT_DIR, name), json);
  console.log(`rfc:extract: ${files.size} RFCs from ${dir} -> ${OUT_DIR}`);
}
