import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decode227 } from '../../src/lib/pasv.ts';

describe('decode227', () => {
  it('decodes address and port (p1 × 256 + p2)', () => {
    assert.deepEqual(decode227('227 Entering Passive Mode (8,8,4,4,195,80).'), {
      ok: true,
      host: '8.8.4.4',
      port: 50000,
      p1: 195,
      p2: 80,
      warnings: [],
    });
  });

  it('finds the numbers without parentheses, as RFC 1123 asks clients to', () => {
    const result = decode227('227 =203,0,113,9,4,1');
    assert.equal(result.ok && result.port, 1025);
    assert.deepEqual(result.ok && result.warnings, ['documentation']);
  });

  it('warns about private, loopback and unspecified addresses', () => {
    const warn = (line: string) => {
      const r = decode227(line);
      return r.ok ? r.warnings : ['error'];
    };
    assert.deepEqual(warn('227 Entering Passive Mode (10,0,0,5,39,16)'), ['private']);
    assert.deepEqual(warn('227 Entering Passive Mode (172,20,1,2,39,16)'), ['private']);
    assert.deepEqual(warn('227 Entering Passive Mode (172,32,1,2,39,16)'), []);
    assert.deepEqual(warn('227 Entering Passive Mode (192,168,1,20,39,16)'), ['private']);
    assert.deepEqual(warn('227 Entering Passive Mode (127,0,0,1,39,16)'), ['loopback']);
    assert.deepEqual(warn('227 Entering Passive Mode (0,0,0,0,39,16)'), ['unspecified']);
    assert.deepEqual(warn('227 Entering Passive Mode (100,64,3,3,39,16)'), ['shared']);
  });

  it('rejects malformed replies with a reason', () => {
    for (const [line, reason] of [
      ['', /Paste a 227 reply/],
      ['229 Entering Extended Passive Mode (|||50000|)', /starts with 227/],
      ['227 Entering Passive Mode (1,2,3,4,5)', /six comma-separated numbers/],
      ['227 Entering Passive Mode (300,2,3,4,5,6)', /0 to 255/],
      ['227 Entering Passive Mode (1,2,3,4,0,0)', /port decodes to 0/],
    ] as const) {
      const result = decode227(line);
      assert.equal(result.ok, false, line);
      assert.match(result.ok ? '' : result.error, reason);
    }
  });

  it('treats HTML as plain text that holds no reply', () => {
    const result = decode227('<img src=x onerror=alert(1)>');
    assert.equal(result.ok, false);
  });
});
