/**
 * The open data records, built from the real content the way the build builds them, fit the
 * zod schemas and the JSON Schemas generated from them; the CSV and the field list are right.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { readEntries } from '../helpers/entries.ts';
import { readCommandFiles, listedReplies } from '../helpers/commands.ts';
import { validatorFor } from '../helpers/ajv.ts';
import { codeEntrySchema } from '../../src/schemas/code-entry.ts';
import { commandEntrySchema } from '../../src/schemas/command-entry.ts';
import {
  DATA_VERSION,
  codeFileSchema,
  codesFileSchema,
  commandsFileSchema,
  observationsFileSchema,
} from '../../src/schemas/open-data.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { codeRecord, commandRecord, placementOf } from '../../src/lib/open-data/records.ts';
import { CODE_CSV_COLUMNS, codesCsv, csvField } from '../../src/lib/open-data/csv.ts';
import { schemaFields, type SchemaNode } from '../../src/lib/open-data/schema-fields.ts';
import { replyTree, treeReplies } from '../../src/lib/command-replies.ts';
import { anyCommandLine } from '../../src/data/any-command-replies.ts';
import type { FtpCommand } from '../../src/lib/ftp-commands.ts';
import { siteUrl } from '../../src/lib/site.ts';

const SITE = siteUrl().origin;
const codes = readEntries().map((e) => codeEntrySchema.parse(e.data));
const records = codes.map((data) => codeRecord(data, SITE));
const titles = new Map(codes.map((c) => [c.code, c.title]));
const listed = listedReplies();
const commands = readCommandFiles()
  .filter((f) => listed.has(f.id as FtpCommand))
  .map((f) => {
    const data = commandEntrySchema.parse(f.data);
    const { tree } = replyTree(data.command, listed.get(data.command) ?? [], data.replies, anyCommandLine, f.file);
    assert.ok(tree, f.file);
    return commandRecord(data, tree, treeReplies(tree), {
      titles,
      listings: () => [{ rfc: 959, section: '5.4' }],
      recordings: () => [],
      serverVersions: new Map(),
      site: SITE,
    });
  });
const CONTENT = new URL('../../content/', import.meta.url).pathname;
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${CONTENT}${path}`, 'utf8'));
const observationsFile = {
  $schema: `${SITE}/data/observations.schema.json`,
  version: DATA_VERSION,
  servers: readdirSync(`${CONTENT}servers`)
    .sort()
    .map((f) => readJson(`servers/${f}`)),
  recordings: readdirSync(`${CONTENT}observations`)
    .sort()
    .flatMap((server) =>
      readdirSync(`${CONTENT}observations/${server}`)
        .sort()
        .map((f) => readJson(`observations/${server}/${f}`)),
    ),
};
const codesFile = { $schema: `${SITE}/data/codes.schema.json`, version: DATA_VERSION, codes: records };
const commandsFile = { $schema: `${SITE}/data/commands.schema.json`, version: DATA_VERSION, commands };

describe('open data records', () => {
  it('fit the zod schemas', () => {
    assert.deepEqual(codesFileSchema.safeParse(codesFile).error?.issues ?? [], []);
    assert.deepEqual(commandsFileSchema.safeParse(commandsFile).error?.issues ?? [], []);
    const one = { $schema: `${SITE}/data/code.schema.json`, version: DATA_VERSION, ...records[0] };
    assert.deepEqual(codeFileSchema.safeParse(one).error?.issues ?? [], []);
  });

  it('fit the JSON Schemas generated from them (ajv, draft 2020-12)', () => {
    assert.deepEqual(validatorFor(z.toJSONSchema(codesFileSchema))(codesFile), []);
    assert.deepEqual(validatorFor(z.toJSONSchema(commandsFileSchema))(commandsFile), []);
  });

  it('publish the recordings as stored, fitting both schemas', () => {
    assert.ok(observationsFile.recordings.length >= 10, `${observationsFile.recordings.length} recordings`);
    assert.deepEqual(observationsFileSchema.safeParse(observationsFile).error?.issues ?? [], []);
    assert.deepEqual(validatorFor(z.toJSONSchema(observationsFileSchema))(observationsFile), []);
  });

  it('and the generated JSON Schemas reject a record that breaks them', () => {
    const broken = { ...codesFile, codes: [{ ...records[0], kind: 'made-up', colour: 'red' }] };
    const problems = validatorFor(z.toJSONSchema(codesFileSchema))(broken);
    assert.ok(
      problems.some((p) => p.includes('/codes/0/kind')),
      problems.join('; '),
    );
    assert.ok(
      problems.some((p) => p.includes('additional properties')),
      problems.join('; '),
    );
  });

  it('derive class, group, finality and retry from the digits', () => {
    const r425 = records.find((r) => r.code === '425');
    assert.equal(r425?.class?.name, '4xx');
    assert.equal(r425?.group?.name, 'x2x');
    assert.equal(r425?.finality, 'final');
    assert.equal(r425?.retry.verdict, 'transient');
    assert.equal(r425?.url, `${SITE}/codes/425/`);
    const socket = records.find((r) => r.kind === 'socket-error');
    assert.equal(socket?.class, null);
    assert.equal(socket?.retry.verdict, 'network');
  });

  it('place each command reply where its tree puts it', () => {
    const retr = commands.find((c) => c.command === 'RETR');
    const at = (code: string): string | undefined => retr?.replies.find((r) => r.code === code)?.placement;
    assert.equal(at('150'), 'preliminary');
    assert.equal(at('226'), 'after-preliminary');
    assert.equal(at('550'), 'final');
    assert.equal(at('425'), 'after-preliminary-or-final');
    const tree = {
      preliminary: [],
      afterPreliminary: [],
      final: [],
      intermediate: [{ code: '331', rfc: true, serverSources: [], means: '', next: [] }],
    };
    assert.equal(placementOf('331', tree), 'intermediate');
  });
});

describe('codes.csv', () => {
  it('quotes only the fields that need it, doubling quotes', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
  });

  it('has a header and one row per code, CRLF-terminated', () => {
    const csv = codesCsv(records);
    assert.ok(csv.endsWith('\r\n'));
    const lines = csv.split('\r\n').slice(0, -1);
    assert.equal(lines[0], CODE_CSV_COLUMNS.map((c) => c.name).join(','));
    assert.equal(lines.length, records.length + 1);
    assert.ok(lines[1]?.startsWith(`${records[0]?.code},`));
  });
});

describe('schemaFields', () => {
  it('lists every field of the published schema with a type and a description', () => {
    const fields = schemaFields(z.toJSONSchema(codesFileSchema) as SchemaNode);
    const byPath = new Map(fields.map((f) => [f.path, f]));
    for (const path of [
      'version',
      'codes',
      'codes[].code',
      'codes[].retry.verdict',
      'codes[].class.label',
      'codes[].sources[].type',
      'codes[].related[].test',
    ]) {
      assert.ok(byPath.has(path), path);
    }
    assert.deepEqual(
      fields.filter((f) => f.description === '').map((f) => f.path),
      [],
    );
    assert.equal(byPath.get('codes[].rfcText')?.type, 'string or null');
    assert.equal(byPath.get('codes[].sources[].type')?.type, '"rfc" or "web"');
  });

  it('lists the fields of every alternative of a union, and each field once', () => {
    const paths = schemaFields(z.toJSONSchema(observationsFileSchema) as SchemaNode).map((f) => f.path);
    for (const path of [
      'recordings[].runs[].result.exitCode',
      'recordings[].runs[].result.calls',
      'recordings[].runs[].result.calls[].call',
    ])
      assert.ok(paths.includes(path), path);
    assert.equal(new Set(paths).size, paths.length);
  });

  it('finds a description for every field of every published file', () => {
    const empty = [codeFileSchema, commandsFileSchema, observationsFileSchema].flatMap((s) =>
      schemaFields(z.toJSONSchema(s) as SchemaNode)
        .filter((f) => f.description === '')
        .map((f) => f.path),
    );
    assert.deepEqual(empty, []);
  });
});
