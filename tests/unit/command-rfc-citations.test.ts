/**
 * The command files against the RFC texts, as the code entries are checked (rfc-content.test.ts):
 * every RFC section they cite, in their sources and in their prose, exists and mentions what
 * it is cited for.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readCommandFiles } from '../helpers/commands.ts';
import { entryCitations } from '../helpers/rfc-citations.ts';
import { checkCitation } from '../../src/lib/rfc-checks.ts';
import { RFC_FACTS } from '../../src/data/rfc/index.ts';
import { FTP_COMMAND_NAMES } from '../../src/lib/ftp-commands.ts';

const files = readCommandFiles();

describe('command files against the RFC texts', () => {
  it('cite RFC sections, enough of them to check', () => {
    assert.ok(files.reduce((n, f) => n + entryCitations(f.data, '', 1).length, 0) > 150);
  });

  for (const file of files) {
    it(`${file.file} cites RFC sections that exist and say what they are cited for`, () => {
      const problems = entryCitations(file.data, '', 1).flatMap((c) =>
        checkCitation(c, file.file, undefined, RFC_FACTS, FTP_COMMAND_NAMES),
      );
      assert.deepEqual(
        problems.map((p) => p.message),
        [],
      );
    });
  }
});
