import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { keyDifferences, listOf, sharedCommands, type CompareSide } from '../../src/lib/compare.ts';

const side = (code: string, extra: Partial<CompareSide> = {}): CompareSide => ({ code, kind: 'standard', channel: 'control', commands: [], ...extra });

const c425 = side('425', { channel: 'data', commands: ['RETR', 'STOR', 'LIST'] });
const c426 = side('426', { channel: 'data', commands: ['RETR', 'STOR', 'LIST'] });
const c550 = side('550', { channel: 'control', commands: ['RETR', 'CWD', 'DELE'] });
const c530 = side('530', { commands: ['USER', 'PASS'] });
const c220 = side('220', { commands: ['REIN'], greeting: true });
const c430 = side('430', { kind: 'non-standard' });
const c10060 = side('10060', { kind: 'socket-error', channel: 'both' });

describe('keyDifferences', () => {
  it('says what two transient data-connection failures share and no false difference', () => {
    const out = keyDifferences(c425, c426);
    assert.ok(out.includes('Both are transient failures (4xx): for either one, sending the same command again later may work.'));
    assert.ok(out.includes('Both concern the data connection, the separate connection that carries files and listings.'));
    assert.ok(out.includes('The RFCs list both as replies to RETR, STOR and LIST.'));
    assert.ok(!out.some((s) => s.startsWith('Only')), out.join(' | '));
  });

  it('contrasts the class, the connection and the commands of 425 and 550', () => {
    const out = keyDifferences(c425, c550);
    assert.match(out[0] as string, /^425 is a transient failure \(4xx\).*; 550 is a permanent failure \(5xx\)/);
    assert.ok(out.includes('425 concerns the data connection; 550 concerns the control connection.'));
    assert.ok(out.includes('The RFCs list both as replies to RETR.'));
    assert.ok(out.includes('Only 425 is listed for STOR and LIST.'));
    assert.ok(out.includes('Only 550 is listed for CWD and DELE.'));
  });

  it('says when the RFCs list them for no common command, and names the greeting', () => {
    const out = keyDifferences(c220, c530);
    assert.ok(out.includes('The RFCs list them for different commands: 220 for REIN, 530 for USER and PASS.'), out.join(' | '));
    assert.ok(out.includes('220 can also arrive unprompted as the client connects, before any command is sent.'));
  });

  it('marks a non-standard code and a socket error for what they are', () => {
    assert.ok(keyDifferences(c430, c530).includes('430 is in no RFC at all: some servers send it, but its meaning is not agreed; 530 is defined in RFC 959.'));
    const socket = keyDifferences(c425, c10060);
    assert.match(socket[0] as string, /10060 is not an FTP reply but a Windows socket error/);
    assert.equal(socket.some((s) => s.includes('concerns')), false, 'no connection sentence for a socket error');
    assert.equal(socket.filter((s) => s.includes('not an FTP reply')).length, 1, 'says it once');
  });

  it('never writes a doubled word or an empty sentence', () => {
    const sides = [c425, c426, c550, c530, c220, c430, c10060];
    for (const a of sides) for (const b of sides) {
      if (a === b) continue;
      for (const sentence of keyDifferences(a, b)) {
        assert.doesNotMatch(sentence, /\b(\w+)\s+\1\b/i, sentence);
        assert.ok(sentence.length > 20, sentence);
      }
    }
  });
});

describe('listOf and sharedCommands', () => {
  it('joins and caps lists', () => {
    assert.equal(listOf(['A']), 'A');
    assert.equal(listOf(['A', 'B']), 'A and B');
    assert.equal(listOf(['A', 'B', 'C']), 'A, B and C');
    assert.equal(listOf(['A', 'B', 'C', 'D'], 2), 'A, B and 2 more');
  });

  it('finds the commands common to both', () => {
    assert.deepEqual(sharedCommands(c425, c550), ['RETR']);
  });
});
