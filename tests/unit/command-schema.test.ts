/** A malformed command file must fail with a message that names the field. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commandEntrySchema } from '../../src/schemas/command-entry.ts';
import { formatIssues } from '../../src/lib/schema-messages.ts';

const FILE = 'content/commands/RETR.yaml';
const good = {
  command: 'RETR',
  name: 'Retrieve',
  purpose: 'service',
  syntax: 'RETR <pathname>',
  summary: 'Downloads a file.',
  description: ['The server sends the file over the data connection.'],
  replies: { '150': { means: 'The file follows.' }, '226': { means: 'All sent.', after: 'preliminary' } },
  example: 'C: RETR a.txt\nS: 150 Opening.\nS: 226 Done.',
  sources: [{ rfc: 959, section: '4.1.3' }],
};

function messages(entry: Record<string, unknown>): string[] {
  const result = commandEntrySchema.safeParse(entry);
  return result.success ? [] : formatIssues(FILE, result.error.issues);
}

describe('command entry schema', () => {
  it('accepts a good file', () => {
    assert.deepEqual(messages(good), []);
  });

  it('names an unknown key, an unknown command and an unknown purpose', () => {
    assert.ok(messages({ ...good, colour: 'red' }).some((m) => m.startsWith(`${FILE}: field "colour"`)));
    assert.ok(messages({ ...good, command: 'DOWNLOAD' }).some((m) => m.startsWith(`${FILE}: field "command"`)));
    assert.ok(messages({ ...good, purpose: 'misc' }).some((m) => m.startsWith(`${FILE}: field "purpose"`)));
  });

  it('requires the example to show the command', () => {
    assert.ok(
      messages({ ...good, example: 'C: LIST\nS: 150 Here.' }).some(
        (m) => m.startsWith(`${FILE}: field "example"`) && m.includes('C: RETR'),
      ),
    );
  });

  it('rejects a reply key that is not a code, "next" on a non-intermediate reply and "after" on a preliminary one', () => {
    assert.ok(
      messages({ ...good, replies: { '15x': { means: 'x' } } }).some((m) => m.includes('field "replies.15x"')),
      'key',
    );
    assert.ok(
      messages({ ...good, replies: { '226': { means: 'x', next: ['STOR'] } } }).some((m) =>
        m.includes('field "replies.226.next"'),
      ),
      'next',
    );
    assert.ok(
      messages({ ...good, replies: { '150': { means: 'x', after: 'preliminary' } } }).some((m) =>
        m.includes('field "replies.150.after"'),
      ),
      'after',
    );
  });
});
