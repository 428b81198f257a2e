import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { observedReplies } from '../../src/lib/observed-replies.ts';

describe('observedReplies', () => {
  it("counts every reply up to the next client line as a reply to that line's command, once per server and scenario", () => {
    const found = observedReplies([
      {
        server: 'vsftpd',
        scenario: 'retr-ok',
        description: 'Download',
        runs: [
          {
            transcript: [
              { server: ['220 (vsFTPd 3.0.3)'] },
              { client: 'retr notes.txt' },
              { server: ['150 Opening BINARY mode data connection.'] },
              { event: 'data arrives' },
              { server: ['226 Transfer complete.'] },
              { client: 'QUIT' },
              { server: ['221-Goodbye', '221 Goodbye.'] },
            ],
          },
          { transcript: [{ client: 'RETR notes.txt' }, { server: ['150 Again.'] }] },
        ],
      },
    ]);
    assert.deepEqual([...(found.get('RETR')?.keys() ?? [])], ['150', '226']);
    assert.deepEqual(found.get('RETR')?.get('150'), [
      { server: 'vsftpd', scenario: 'retr-ok', description: 'Download' },
    ]);
    assert.deepEqual([...(found.get('QUIT')?.keys() ?? [])], ['221']);
    assert.equal(
      [...found.values()].some((m) => m.has('220')),
      false,
      'the greeting answers no command',
    );
  });

  it('a reply on another control connection answers no command sent before the switch', () => {
    const found = observedReplies([
      {
        server: 'proftpd',
        scenario: 'max-per-ip',
        description: 'Two sessions',
        runs: [
          {
            transcript: [
              { client: 'PASS <password>' },
              { server: ['230 User logged in'] },
              { event: 'the client opens another control connection (second)' },
              { server: ['220 ProFTPD Server'] },
              { client: 'PASS <password>' },
              { server: ['530 Sorry'] },
              { event: 'back on the first control connection' },
              { server: ['421 Bye'] },
            ],
          },
        ],
      },
    ]);
    assert.deepEqual([...(found.get('PASS')?.keys() ?? [])], ['230', '530']);
  });

  it('credits the 426 that ends an interrupted transfer to the transfer command, not to ABOR (RFC 959 4.1.3)', () => {
    const found = observedReplies([
      {
        server: 'pure-ftpd',
        scenario: 'abor-mid-transfer',
        description: 'Abort a download',
        runs: [
          {
            transcript: [
              { client: 'RETR big.bin' },
              { server: ['150 Accepted data connection'] },
              { client: 'ABOR' },
              { server: ['426 ABORT'] },
              { server: ['226 Transfer aborted'] },
              { client: 'ABOR' },
              { server: ['226 Nothing to abort'] },
            ],
          },
        ],
      },
    ]);
    assert.deepEqual([...(found.get('RETR')?.keys() ?? [])], ['150', '426']);
    assert.deepEqual([...(found.get('ABOR')?.keys() ?? [])], ['226']);
  });
});
