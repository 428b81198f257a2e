/** Bad front matter must fail with a message that names the field. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeEntrySchema } from '../../src/schemas/code-entry.ts';
import { formatIssues } from '../../src/lib/schema-messages.ts';
import { goodEntry } from '../fixtures/entries/good.ts';

const FILE = 'content/codes/425.mdx';

/** The messages for an entry, in the form the lint and the build print. */
function messages(entry: Record<string, unknown>): string[] {
  const result = codeEntrySchema.safeParse(entry);
  return result.success ? [] : formatIssues(FILE, result.error.issues);
}

function without(key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...goodEntry };
  delete copy[key];
  return copy;
}

describe('code entry schema', () => {
  it('accepts the good fixture', () => {
    assert.deepEqual(messages({ ...goodEntry }), []);
  });

  it('names a missing required field', () => {
    for (const field of ['title', 'summary', 'kind', 'sources', 'example', 'causes']) {
      const found = messages(without(field));
      assert.ok(
        found.some((m) => m.startsWith(`${FILE}: field "${field}"`)),
        `${field}: ${found.join(' | ')}`,
      );
    }
  });

  it('rejects an unknown key and names it', () => {
    assert.deepEqual(
      messages({ ...goodEntry, colour: 'red' }).map((m) => m.split(':').slice(0, 2).join(':')),
      [`${FILE}: field "colour"`],
    );
  });

  it('rejects a command that is not an FTP command', () => {
    const found = messages({ ...goodEntry, commands: ['RETR', 'DOWNLOAD'] });
    assert.ok(
      found.some((m) => m.includes('field "commands[1]"')),
      found.join(' | '),
    );
  });

  it('keeps server commands apart from the RFC-listed ones, each with a source', () => {
    const source = 'ProFTPD 1.3.8, modules/mod_core.c';
    assert.deepEqual(messages({ ...goodEntry, serverCommands: [{ command: 'PASV', source }] }), []);
    const twice = messages({ ...goodEntry, serverCommands: [{ command: 'LIST', source }] });
    assert.ok(
      twice.some((m) => m.includes('field "serverCommands[0].command"') && m.includes('already in "commands"')),
      twice.join(' | '),
    );
    const unsourced = messages({ ...goodEntry, serverCommands: [{ command: 'PASV' }] });
    assert.ok(
      unsourced.some((m) => m.includes('field "serverCommands[0].source"')),
      unsourced.join(' | '),
    );
  });

  it('rejects a code that is not a reply code or socket error', () => {
    assert.ok(messages({ ...goodEntry, code: '999' }).some((m) => m.includes('field "code"')));
    assert.ok(
      messages({ ...goodEntry, code: 425 }).some((m) => m.includes('field "code"')),
      'an unquoted number is not a string',
    );
  });

  it('requires the RFC reply text for standard codes', () => {
    assert.ok(messages(without('rfcText')).some((m) => m.includes('field "rfcText"')));
  });

  it('requires an example that shows the code', () => {
    const found = messages({ ...goodEntry, example: 'C: LIST\nS: 226 Transfer complete.' });
    assert.ok(
      found.some((m) => m.includes('field "example"') && m.includes('S: 425')),
      found.join(' | '),
    );
  });

  it('reports a malformed transcript line', () => {
    const found = messages({ ...goodEntry, example: "C: LIST\n425 Can't open data connection." });
    assert.ok(
      found.some((m) => m.includes('field "example"') && m.includes('line 2')),
      found.join(' | '),
    );
  });

  it('ties five-digit numbers to the socket-error kind and its symbol', () => {
    const socket = { ...goodEntry, code: '10060', kind: 'socket-error', example: 'C: LIST\n*: error 10060' };
    assert.ok(messages(socket).some((m) => m.includes('field "symbol"')));
    assert.deepEqual(messages({ ...socket, symbol: 'WSAETIMEDOUT' }), []);
    assert.ok(messages({ ...goodEntry, kind: 'socket-error' }).some((m) => m.includes('field "kind"')));
  });

  it('rejects a non-https source URL and a malformed section', () => {
    assert.ok(
      messages({ ...goodEntry, sources: [{ title: 'x', url: 'http://example.com/' }] }).some((m) =>
        m.includes('field "sources'),
      ),
    );
    assert.ok(
      messages({ ...goodEntry, sources: [{ rfc: 959, section: 'four' }] }).some((m) => m.includes('field "sources')),
    );
  });
});
