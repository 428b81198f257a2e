/**
 * The instant answers, run against the real collection's table: every code number, every
 * pair and every reply line lands on the right page before the full-text index is there.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries } from '../helpers/entries.ts';
import { instantTableOf, type InstantSource } from '../../src/lib/instant-table.ts';
import {
  MAX_INSTANT_ANSWERS,
  codeInQuery,
  instantAnswers,
  normalise,
  prepareTable,
} from '../../src/scripts/search/instant-answers.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import { codeUrl, compareUrl } from '../../src/lib/urls.ts';
import { REPLIES, asPasted } from '../helpers/recordings.ts';
import { distinctReplies } from '../../src/lib/observed/catalogue.ts';

const sources = readEntries().map((e) => e.data as unknown as InstantSource);
const table = prepareTable(instantTableOf(sources));
const first = (query: string): string | undefined => instantAnswers(query, table)[0]?.url;
const urls = (query: string): string[] => instantAnswers(query, table).map((h) => h.url);

describe('the instant table', () => {
  it('has one row per code, with its title and every distinct wording', () => {
    const built = instantTableOf(sources);
    assert.equal(built.codes.length, sources.length);
    for (const source of sources) {
      const row = built.codes.find((c) => c.code === source.code);
      assert.ok(row, source.code);
      assert.equal(
        row.wordings.length,
        new Set((source.wordings ?? []).map((w) => w.text.replace(/`([^`]+)`/g, '$1'))).size,
        source.code,
      );
    }
  });
});

describe('instant answers', () => {
  it('a code number, alone or with words around it, puts its page first', () => {
    const wrong = sources.flatMap(({ code }) =>
      [code, `FTP ${code}`, `error ${code}`, `${code} error`].filter((q) => first(q) !== codeUrl(code)),
    );
    assert.deepEqual(wrong, []);
  });

  it('every pair, in every way people ask, puts the canonical comparison first', () => {
    const codes = sources.map((s) => s.code);
    const wrong: string[] = [];
    for (const [low, high] of allPairs(codes)) {
      for (const q of [
        `${low} vs ${high}`,
        `${high} vs ${low}`,
        `${low} ${high}`,
        `${low} and ${high}`,
        `difference between ${high} and ${low}`,
      ]) {
        if (first(q) !== compareUrl(low, high)) wrong.push(q);
      }
    }
    assert.deepEqual(wrong.slice(0, 10), []);
  });

  it('a pasted reply line (code and wording) puts that code first, whatever the placeholders held', () => {
    const wrong: string[] = [];
    for (const source of sources) {
      if (source.code.length > 3) continue;
      for (const w of source.wordings ?? []) {
        const line = `${source.code} ${w.text.replace(/<[^>]*>/g, 'x.txt').replace(/%s/g, 'anna')}`;
        if (first(line) !== codeUrl(source.code)) wrong.push(line);
        if (first(`Response:\t${line}`) !== codeUrl(source.code)) wrong.push(`Response: ${line}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('every reply line a real server was recorded sending, pasted as a log shows it, puts its code first', () => {
    const lines = [...new Set(distinctReplies(REPLIES).map((r) => asPasted(r.lines[0] as string)))];
    assert.ok(lines.length > 100, `only ${lines.length} recorded lines`);
    const wrong = lines.filter((line) => first(line) !== codeUrl(line.slice(0, 3)));
    assert.deepEqual(wrong, []);
  });

  it('an RFC reply text, typed in full, puts its code among the instant answers (unless more codes share it than are shown)', () => {
    const sharing = (text: string): number => sources.filter((s) => s.rfcText === text).length;
    const wrong = sources
      .filter(
        (s) =>
          s.rfcText !== undefined &&
          sharing(s.rfcText) <= MAX_INSTANT_ANSWERS &&
          !urls(s.rfcText).includes(codeUrl(s.code)),
      )
      .map((s) => `${s.code}: ${s.rfcText}`);
    assert.deepEqual(wrong, []);
  });

  it('a program wording on its own finds its code, unless another code has the same wording', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of sources)
      for (const w of s.wordings ?? [])
        owners.set(normalise(w.text), new Set([...(owners.get(normalise(w.text)) ?? []), s.code]));
    const wrong: string[] = [];
    for (const s of sources) {
      for (const w of s.wordings ?? []) {
        // Wordings that are mostly placeholders ("<path>") or shared by several codes can't decide alone.
        if (
          w.text.replace(/<[^>]*>/g, '').replace(/[^a-z]/gi, '').length < 6 ||
          (owners.get(normalise(w.text))?.size ?? 0) > 1
        )
          continue;
        if (!urls(w.text).includes(codeUrl(s.code))) wrong.push(`${s.code}: ${w.text}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('answers while a reply text is being typed, but not from a few letters', () => {
    assert.equal(first("Can't open data"), codeUrl('425'));
    assert.equal(first('Use PORT or PASV'), codeUrl('425'));
    assert.deepEqual(urls('conn'), []);
    assert.deepEqual(urls('data connection'), []);
  });

  it('reads real pasted lines: a time and an address do not count as codes', () => {
    assert.equal(first('227 Entering Passive Mode (192,0,2,10,195,80).'), codeUrl('227'));
    assert.equal(first('< 2026-12-02 10:00:00.550 550 Permission denied.'), codeUrl('550'));
    assert.equal(codeInQuery('connect to 192.168.100.221 port 21', new Set(['221', '100'])), undefined);
    assert.equal(first('Unable to build data connection: Connection refused'), codeUrl('425'));
  });

  it('leaves symptoms to the full-text search, and hostile text is just text', () => {
    assert.deepEqual(urls('passive mode private ip'), []);
    const hostile = instantAnswers('<img src=x onerror=alert(1)> 550', table);
    assert.equal(hostile[0]?.url, codeUrl('550'));
    assert.ok(!hostile.some((h) => h.excerpt.includes('<img')));
  });
});
