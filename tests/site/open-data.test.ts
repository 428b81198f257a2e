/**
 * The built /data/ files: each validates against the JSON Schema published beside it, the
 * published schemas are the ones the zod schemas generate today, and there is a data item
 * for every code and command page and a page for every data item.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, resolvePath } from '../helpers/site.ts';
import { validatorFor } from '../helpers/ajv.ts';
import { CODES } from '../helpers/expected.ts';
import { COMMANDS_WITH_PAGES } from '../helpers/commands.ts';
import { DATA_FILES, jsonSchemaOf, type DataFileKey } from '../../src/lib/open-data/files.ts';
import { CODE_CSV_COLUMNS } from '../../src/lib/open-data/csv.ts';
import { codeUrl, commandUrl } from '../../src/lib/urls.ts';
import { siteUrl } from '../../src/lib/site.ts';

const SITE = siteUrl().origin;
const DATA = join(DIST, 'data');
const OBSERVATIONS = new URL('../../content/observations/', import.meta.url).pathname;
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
const published = (key: DataFileKey): object => read(DATA_FILES[key].schemaFile) as object;
/** The pages built under a folder such as dist/commands/, by name, redirects left out. */
const pagesIn = (folder: string): string[] =>
  readdirSync(join(DIST, folder), { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() &&
        existsSync(join(DIST, folder, e.name, 'index.html')) &&
        !readFileSync(join(DIST, folder, e.name, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
    )
    .map((e) => e.name);

const codesFile = read('codes.json') as { version: number; codes: { code: string; url: string }[] };
const commandsFile = read('commands.json') as {
  commands: { command: string; url: string; replies: { code: string }[] }[];
};

describe('data files against their published schemas', () => {
  it('publishes exactly the schemas the zod schemas generate', () => {
    for (const key of Object.keys(DATA_FILES) as DataFileKey[])
      assert.deepEqual(published(key), jsonSchemaOf(key, SITE), DATA_FILES[key].schemaFile);
  });

  it('codes.json validates', () => {
    assert.deepEqual(validatorFor(published('codes'))(codesFile), []);
  });

  it('every codes/<code>.json validates', () => {
    const validate = validatorFor(published('code'));
    const bad = readdirSync(join(DATA, 'codes')).flatMap((f) => validate(read(`codes/${f}`)).map((m) => `${f}: ${m}`));
    assert.deepEqual(bad, []);
  });

  it('commands.json validates', () => {
    assert.deepEqual(validatorFor(published('commands'))(commandsFile), []);
  });

  it('observations.json validates and holds every recording in content/observations/', () => {
    const file = read('observations.json') as { recordings: { server: string; scenario: string }[] };
    assert.deepEqual(validatorFor(published('observations'))(file), []);
    const onDisk = readdirSync(OBSERVATIONS)
      .flatMap((server) => readdirSync(join(OBSERVATIONS, server)).map((f) => `${server}/${f.replace(/\.json$/, '')}`))
      .sort();
    assert.deepEqual(file.recordings.map((r) => `${r.server}/${r.scenario}`).sort(), onDisk);
  });
});

describe('data items and pages match', () => {
  it('codes.json and codes/ hold every code of the collection, and nothing else', () => {
    assert.deepEqual(
      codesFile.codes.map((c) => c.code),
      CODES,
    );
    assert.deepEqual(
      readdirSync(join(DATA, 'codes'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort(),
      [...CODES].sort(),
    );
  });

  it('every code in the data has its page, and every code page its data', () => {
    assert.deepEqual(
      codesFile.codes.filter((c) => resolvePath(new URL(c.url).pathname) === undefined).map((c) => c.code),
      [],
    );
    assert.deepEqual(pagesIn('codes').sort(), codesFile.codes.map((c) => c.code).sort());
    assert.ok(codesFile.codes.every((c) => new URL(c.url).pathname === codeUrl(c.code)));
  });

  it('every command in the data has its page, and every command page its data', () => {
    assert.deepEqual(commandsFile.commands.map((c) => c.command).sort(), COMMANDS_WITH_PAGES);
    assert.deepEqual(pagesIn('commands').sort(), COMMANDS_WITH_PAGES);
    assert.ok(commandsFile.commands.every((c) => new URL(c.url).pathname === commandUrl(c.command)));
  });

  it('codes.csv has the documented header and one row per code', () => {
    const csv = readFileSync(join(DATA, 'codes.csv'), 'utf8');
    const rows = csv.split('\r\n').filter((l) => l !== '');
    assert.equal(rows[0], CODE_CSV_COLUMNS.map((c) => c.name).join(','));
    assert.deepEqual(
      rows.slice(1).map((r) => r.split(',')[0]),
      CODES,
    );
  });
});
