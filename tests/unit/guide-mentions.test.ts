import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commandMentionsIn, mentionsIn } from '../../src/lib/guide-mentions.ts';

describe('mentionsIn', () => {
  it('maps each code to the h2 sections that mention it, once each', () => {
    const body = [
      'Intro with <CodeRef code="220" /> before any section is ignored.',
      '## Logging in',
      'USER gets <CodeRef code="331" />, then <ReplyLine code="230" /> or <CodeRef code="530" />.',
      '### A subsection',
      'Still in logging in: <CodeRef code="331" />.',
      '## The `PASV` reply',
      '<ReplyLine code="227" /> and again <CodeRef code="227" />.',
    ].join('\n');
    const found = mentionsIn(body);
    assert.deepEqual(found.get('331'), [{ section: 'Logging in', anchor: 'logging-in' }]);
    assert.deepEqual(found.get('227'), [{ section: 'The PASV reply', anchor: 'the-pasv-reply' }]);
    assert.equal(found.has('220'), false);
  });

  it('gives repeated headings distinct anchors, as the Markdown processor does', () => {
    const found = mentionsIn('## Example\n<CodeRef code="150" />\n## Example\n<CodeRef code="226" />');
    assert.deepEqual(found.get('226'), [{ section: 'Example', anchor: 'example-1' }]);
  });
});

describe('commandMentionsIn', () => {
  it('finds commands written in capitals, in prose, headings and transcripts, per h2 section', () => {
    const body = [
      'RETR before any section is ignored.',
      '## Passive mode: PASV and EPSV',
      'The client sends **PASV**; a `TYPE I` first.',
      '## Downloading',
      'C: RETR notes.txt',
      'To list a directory, type the name; LIST-like words and RETRIEVE do not count.',
    ].join('\n');
    const found = commandMentionsIn(body, ['PASV', 'EPSV', 'TYPE', 'RETR', 'LIST']);
    assert.deepEqual(found.get('PASV'), [
      { section: 'Passive mode: PASV and EPSV', anchor: 'passive-mode-pasv-and-epsv' },
    ]);
    assert.deepEqual(found.get('EPSV'), found.get('PASV'));
    assert.deepEqual(found.get('TYPE'), found.get('PASV'));
    assert.deepEqual(found.get('RETR'), [{ section: 'Downloading', anchor: 'downloading' }]);
    assert.equal(found.has('LIST'), false);
  });
});
