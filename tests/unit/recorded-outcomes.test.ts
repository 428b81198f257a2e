/** Reading recordings of real servers: how each client ended after the reply a scenario is about. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordedOutcomes, type RecordingLike } from '../../src/lib/recorded-outcomes.ts';

// The shape `npm run observe` writes to content/observations/<server>/<scenario>.json.
const recording: RecordingLike = {
  server: 'vsftpd',
  version: '3.0.3-13+b2',
  runs: [
    {
      client: 'curl',
      clientVersion: '7.88.1',
      transcript: [
        { server: ['220 (vsFTPd 3.0.3)'] },
        { client: 'USER ftpobserve' },
        { server: ['331 Please specify the password.'] },
        { client: 'SIZE missing.txt' },
        { server: ['550 Could not get file size.'], focus: true },
        { event: 'curl: The file does not exist' },
      ],
      result: { exitCode: 78, message: 'curl: (78) The file does not exist' },
    },
    {
      client: 'ftplib',
      clientVersion: '3.11.2',
      transcript: [{ client: 'RETR missing.txt' }, { server: ['550 Failed to open file.'], focus: true }],
      result: { calls: [{ call: "retrbinary('RETR missing.txt')", raised: { class: 'ftplib.error_perm' } }] },
    },
  ],
};

describe('recordedOutcomes', () => {
  it('reports how each client ended after the focus reply', () => {
    assert.deepEqual(
      recordedOutcomes(recording).map((o) => [o.client, o.code, o.command, o.outcome]),
      [
        ['curl', '550', 'SIZE', 'exit 78: curl: (78) The file does not exist'],
        ['ftplib', '550', 'RETR', 'raised ftplib.error_perm'],
      ],
    );
  });
});
