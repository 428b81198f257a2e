import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkTranscript, parseTranscript, serverCodes, transcriptCaption } from '../../src/lib/transcript.ts';
import { escapeHtml, inlineMarkup, plainText } from '../../src/lib/inline-markup.ts';

describe('transcript', () => {
  it('parses client, server and event lines', () => {
    assert.deepEqual(
      parseTranscript('C: PASV\nS: 227 Entering Passive Mode (192,0,2,1,4,1).\n*: the client connects'),
      [
        { speaker: 'client', text: 'PASV' },
        { speaker: 'server', text: '227 Entering Passive Mode (192,0,2,1,4,1).' },
        { speaker: 'event', text: 'the client connects' },
      ],
    );
  });

  it('names the line that lacks a prefix', () => {
    const problems = checkTranscript('C: LIST\n425 no prefix here');
    assert.equal(problems.length, 1);
    assert.match(problems[0] as string, /line 2 \("425 no prefix here"\)/);
    assert.throws(() => parseTranscript('C: LIST\noops'), /line 2/);
  });

  it('rejects a one-line transcript', () => {
    assert.deepEqual(checkTranscript('S: 200 OK'), ['a transcript needs at least two lines']);
  });

  it('captions a transcript with the code it really ends in', () => {
    const list = 'C: LIST\nS: 125 Data connection already open.\n*: the listing arrives\nS: 226 Transfer complete.';
    assert.deepEqual(serverCodes(list), ['125', '226']);
    assert.equal(transcriptCaption('125', list), 'An exchange with 125 that ends in 226');
    assert.equal(transcriptCaption('226', list), 'An exchange that ends in 226');
    assert.equal(transcriptCaption('10054', list), 'An exchange that ends in 226');
    assert.equal(
      transcriptCaption('10061', '*: the client connects\n*: refused'),
      'An exchange in which no server reply arrives',
    );
  });
});

describe('inline markup', () => {
  it('turns backticks into code and escapes everything else', () => {
    assert.equal(inlineMarkup('set `pasv_min_port` & <b>'), 'set <code>pasv_min_port</code> &amp; &lt;b&gt;');
    assert.equal(inlineMarkup('`<script>`'), '<code>&lt;script&gt;</code>');
  });

  it('escapes quotes and keeps plain text plain', () => {
    assert.equal(escapeHtml(`"a" 'b'`), '&quot;a&quot; &#39;b&#39;');
    assert.equal(plainText('use `EPSV` first'), 'use EPSV first');
  });
});

describe('quietNumbers', () => {
  it('hides other codes from the index and keeps the page’s own', async () => {
    const { quietNumbers } = await import('../../src/lib/inline-markup.ts');
    assert.equal(quietNumbers('425 is not 426', '425'), '425 is not <span data-pagefind-weight="0">426</span>');
    assert.equal(
      quietNumbers(inlineMarkup('see `10060` and 1'), ''),
      'see <code><span data-pagefind-weight="0">10060</span></code> and 1',
    );
  });
});
