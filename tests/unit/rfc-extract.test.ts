/**
 * The RFC extraction (scripts/rfc/), on a made-up RFC laid out like the real ones
 * (tests/fixtures/rfc/sample.txt), and, when ../shared/rfc/ is present, on the real
 * texts: running it twice gives the same bytes, and the committed data is up to date.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRfcText } from '../../scripts/rfc/rfc-text.ts';
import { canFollow, findSections } from '../../scripts/rfc/sections.ts';
import { extractRfc } from '../../scripts/rfc/extract-rfc.ts';
import { extractAll, OUT_DIR, rfcDir } from '../../scripts/rfc/extract.ts';
import { factsToJson } from '../../scripts/rfc/write-json.ts';
import { mentionedClasses, mentionedCodes, mentionedCommands } from '../../src/lib/rfc-mentions.ts';
import type { RfcSpec } from '../../scripts/rfc/spec.ts';

const SAMPLE = readFileSync(new URL('../fixtures/rfc/sample.txt', import.meta.url), 'utf8');
const COMMANDS = ['HOLD', 'SEND', 'PING', 'LOCK', 'OPEN', 'UNLK'];
const SPEC: RfcSpec = {
  rfc: 9999,
  file: 'sample.txt',
  replyListSections: ['2.2'],
  examples: [{ section: '4.1', code: '229' }],
  replyLists: [
    { kind: 'table', section: '3' },
    { kind: 'abnf', section: '4.1', rule: 'ping-response', command: 'PING' },
    { kind: 'prose', section: '4.1', commands: ['PING'], sentence: 'answers PING' },
    { kind: 'command-blocks', section: '4.2' },
    { kind: 'diagram', section: '4.3' },
  ],
};

describe('cleanRfcText', () => {
  const lines = cleanRfcText(SAMPLE);
  const texts = lines.map((l) => l.text);

  it('drops page footers, form feeds and running headers, with the blank lines around them', () => {
    assert.ok(
      !texts.some(
        (t) => t.includes('[Page') || t.includes('\f') || t.startsWith('RFC 9999') || t === 'Sample File Protocol',
      ),
      texts.join('\n'),
    );
  });

  it('joins a reply that runs over a page break and marks where the break was', () => {
    const i = texts.indexOf('         450 The thing you asked for is');
    assert.equal(texts[i + 1], '             busy right now.');
    assert.equal(lines[i + 1]?.afterBreak, true);
  });

  it('keeps file line numbers for messages', () => {
    assert.equal(lines.find((l) => l.text.includes('busy right now'))?.line, 49);
  });
});

describe('findSections', () => {
  const sections = findSections(cleanRfcText(SAMPLE));

  it('finds every heading, and nothing that only looks like one', () => {
    assert.deepEqual(
      sections.map((s) => s.number),
      ['1', '2', '2.1', '2.2', '3', '4', '4.1', '4.2', '4.3', 'Appendix I'],
    );
    assert.equal(sections.find((s) => s.number === 'Appendix I')?.heading, 'OLD NOTES');
  });

  it('accepts a child, a next sibling or a next ancestor, and nothing else', () => {
    assert.ok(canFollow('4.2', '4.2.1') && canFollow('4.2', '4.3') && canFollow('4.2.2', '5'));
    assert.ok(
      !canFollow('4.2', '4.4') && !canFollow('4.2', '4.2.2') && !canFollow('3.2', '1') && !canFollow(undefined, '11.2'),
    );
  });
});

describe('mentions', () => {
  it('takes reply codes and skips other numbers', () => {
    assert.deepEqual(
      mentionedCodes(
        "Replies 500, 501 and '522'; RFC 959, page 112, port 220, ASCII 124, 33 to 126, 300 seconds, 192.168.1.200, 1985",
      ),
      ['500', '501', '522'],
    );
  });

  it('takes class patterns and command names, also as a capital prefix or quoted', () => {
    assert.deepEqual(mentionedClasses('any of the 4xy replies, or a 5yz'), ['4', '5']);
    assert.deepEqual(mentionedCommands('the STRUcture, a "Hold" rule, SEND and MAIL', ['HOLD', 'SEND', 'STRU']), [
      'HOLD',
      'SEND',
      'STRU',
    ]);
  });
});

describe('extractRfc', () => {
  const facts = extractRfc(SAMPLE, SPEC, COMMANDS);
  const lists = (section: string): [string | null, string[], string[]][] =>
    facts.replyLists.filter((l) => l.section === section).map((l) => [l.command, l.replies, l.classes]);

  it('reads reply lines with their wrapped text, without comments', () => {
    assert.deepEqual(
      facts.replyLines.filter((r) => r.form === 'list').map((r) => [r.code, r.text]),
      [
        ['200', 'All good.'],
        ['450', 'The thing you asked for is busy right now.'],
        ['551', 'The page kind is unknown.'],
        ['110', 'MARK xxxx = yyyy'],
      ],
    );
  });

  it('reads example strings and replies quoted in prose', () => {
    assert.deepEqual(
      facts.replyLines.filter((r) => r.form !== 'list').map((r) => [r.form, r.code, r.text]),
      [
        ['example', '229', 'All fine, ping (|||42|)'],
        ['quoted', '599', 'not a real reply'],
      ],
    );
  });

  it('reads the digit meanings a section defines', () => {
    assert.deepEqual(
      facts.digitMeanings.map((d) => [d.section, d.pattern, d.label]),
      [
        ['2.1', '2yz', 'Done, nothing more to do'],
        ['2.1', '4yz', 'Failed for now'],
      ],
    );
  });

  it('reads a command-reply table, with the replies to connecting under a null command', () => {
    assert.deepEqual(lists('3'), [
      [null, ['220', '421'], []],
      ['HOLD', ['200', '500', '501', '421'], []],
      ['SEND', ['150', '110', '226', '450', '551'], []],
    ]);
  });

  it('follows ABNF rules to quoted codes and to whole classes', () => {
    assert.deepEqual(facts.replyLists.find((l) => l.from === 'abnf')?.replies, ['211', '212']);
    assert.deepEqual(facts.replyLists.find((l) => l.from === 'abnf')?.classes, ['4', '5']);
  });

  it('reads prose: the codes of the chosen sentences, and a class only where such replies are said to be possible', () => {
    const prose = facts.replyLists.find((l) => l.from === 'prose');
    assert.deepEqual([prose?.replies, prose?.classes], [['200'], []]);
    const whole = extractRfc(
      SAMPLE,
      { ...SPEC, replyLists: [{ kind: 'prose', section: '4.1', commands: ['PING'] }] },
      COMMANDS,
    ).replyLists[0];
    assert.deepEqual([whole?.replies, whole?.classes], [['200', '211', '212', '599'], ['4']]);
  });

  it('reads per-command blocks, sharing one block between stacked headings, and only codes the server responds with', () => {
    assert.deepEqual(lists('4.2'), [
      ['LOCK', ['503', '200'], []],
      ['OPEN', ['530'], []],
      ['UNLK', ['530'], []],
    ]);
  });

  it('reads a timing diagram: each reply answers the last command arrow', () => {
    assert.deepEqual(lists('4.3'), [
      ['HOLD', ['200'], []],
      ['SEND', ['150', '226'], []],
    ]);
  });

  it('records what each section mentions', () => {
    const s41 = facts.sections.find((s) => s.number === '4.1');
    assert.deepEqual([s41?.codes, s41?.commands, s41?.classes], [['200', '211', '212', '599'], ['PING'], ['4']]);
  });

  it('fails, naming RFC and section, when the spec names something the text lacks', () => {
    assert.throws(
      () => extractRfc(SAMPLE, { ...SPEC, replyListSections: ['9.9'] }, COMMANDS),
      /RFC 9999: the spec names section 9\.9/,
    );
    assert.throws(
      () =>
        extractRfc(SAMPLE, { ...SPEC, replyLists: [{ kind: 'prose', section: '4.1', commands: ['SEND'] }] }, COMMANDS),
      /section 4\.1: .* SEND, which it does not mention/,
    );
  });

  it('serialises the same facts to the same bytes', () => {
    assert.equal(factsToJson(facts), factsToJson(extractRfc(SAMPLE, SPEC, COMMANDS)));
    assert.doesNotThrow(() => JSON.parse(factsToJson(facts)));
  });
});

describe('the committed data, against the RFC texts', () => {
  const dir = rfcDir();
  const present = existsSync(dir);
  if (!present)
    console.log(
      `# SKIPPED: the RFC texts are not at ${dir} (set RFC_DIR); the committed src/data/rfc/ is checked by rfc-content.test.ts only`,
    );
  it(
    'is what `npm run rfc:extract` writes, and a second run writes the same bytes',
    { skip: present ? false : `no RFC texts at ${dir}` },
    () => {
      const first = extractAll(dir);
      const second = extractAll(dir);
      assert.deepEqual([...first], [...second]);
      for (const [name, json] of first) {
        assert.equal(
          readFileSync(join(OUT_DIR, name), 'utf8'),
          json,
          `src/data/rfc/${name} is out of date: run npm run rfc:extract`,
        );
      }
    },
  );
});
