/**
 * Every comparison page: one canonical page per unordered pair, reversed URLs redirect to it,
 * and a scan of every page finds both codes named, no doubled word, no "undefined", "null"
 * or "NaN", and no empty section. Curated pairs are linked from both code pages. Each page
 * opens with how the two codes relate; no sentence claims a code does not answer a command
 * (or that only one of the two does) where an entry or a recording says it does; no generated
 * sentence only restates a row of the table; every transcript caption names the code its
 * transcript ends in.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, pageAt } from '../helpers/site.ts';
import { CODES } from '../helpers/expected.ts';
import { readEntries } from '../helpers/entries.ts';
import { allPairs, pairKey } from '../../src/lib/pairs.ts';
import { codeUrl, compareUrl, compareUrlAsGiven } from '../../src/lib/urls.ts';
import {
  captionProblem,
  falseClaims,
  restatesRow,
  roleClaims,
  rowClaims,
  type ClaimContext,
} from '../helpers/comparison-claims.ts';
import { knownCommands, listedCommands } from '../helpers/known-commands.ts';
import { RFC959_REPLIES } from '../../src/data/rfc/sequences.ts';
import type { HTMLElement } from 'node-html-parser';

const comparisons = builtPages().filter((p) => /^\/compare\/\d+-vs-\d+\/$/.test(p.path));
const canonical = comparisons.filter((p) => !p.redirect);

it('there is one canonical comparison per unordered pair: n(n-1)/2', () => {
  assert.equal(canonical.length, (CODES.length * (CODES.length - 1)) / 2);
  assert.deepEqual(
    canonical.map((p) => p.path).sort(),
    allPairs(CODES)
      .map(([a, b]) => compareUrl(a, b))
      .sort(),
  );
});

it('every reversed pair redirects to the canonical page, and a code against itself to its page', () => {
  const wrong: string[] = [];
  for (const [low, high] of allPairs(CODES)) {
    const page = pageAt(compareUrlAsGiven(high, low));
    const target = page?.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    if (!target.endsWith(`url=${compareUrl(low, high)}`)) wrong.push(`${high}-vs-${low}`);
  }
  for (const code of CODES) {
    const page = pageAt(compareUrlAsGiven(code, code));
    if (
      !(page?.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '').endsWith(
        `url=${codeUrl(code)}`,
      )
    )
      wrong.push(`${code}-vs-${code}`);
  }
  assert.deepEqual(wrong.slice(0, 20), []);
});

it('every comparison page names both codes and has no doubled word, no undefined/null/NaN, no broken capitals and no empty section', () => {
  const problems: string[] = [];
  for (const page of canonical) {
    const [, a, b] = /^\/compare\/(\d+)-vs-(\d+)\/$/.exec(page.path) as RegExpExecArray;
    const main = page.root.querySelector('main');
    const text = main?.text.replace(/\s+/g, ' ') ?? '';
    // Doubled words are a prose bug; transcripts may repeat on purpose (an ls line's "ftp ftp").
    // Table cells are separate phrases, so they are kept apart.
    const prose = (main?.innerHTML ?? '')
      .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
      .replace(/<\/t[dh]>/g, ' | ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    if (!page.root.querySelector('h1')?.text.includes(`${a} vs ${b}`))
      problems.push(`${page.path}: h1 does not name both codes`);
    if (!text.includes(a as string) || !text.includes(b as string)) problems.push(`${page.path}: a code is not named`);
    const doubled = /\b([A-Za-z]{2,})\s+\1\b/i.exec(prose);
    if (doubled !== null) problems.push(`${page.path}: doubled word "${doubled[0]}"`);
    const bad = /\b(undefined|null|NaN)\b/.exec(text);
    if (bad !== null) problems.push(`${page.path}: "${bad[0]}"`);
    // A sentence start lower-cased inside a longer sentence must not break an acronym ("rFC 959").
    const broken = /\b[a-z][A-Z]{2,}/.exec(prose);
    if (broken !== null) problems.push(`${page.path}: broken capitals "${broken[0]}"`);
    for (const heading of main?.querySelectorAll('h2') ?? []) {
      const next = heading.nextElementSibling;
      if (next === null || next.tagName === 'H2' || next.text.trim() === '')
        problems.push(`${page.path}: empty section "${heading.text.trim()}"`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});

it('every curated pair is linked from both code pages', () => {
  const curated = new Set(
    readEntries().flatMap((e) =>
      ((e.data['related'] as { code: string; test?: string }[] | undefined) ?? [])
        .filter((r) => r.test !== undefined)
        .map((r) => pairKey(String(e.data['code']), r.code)),
    ),
  );
  assert.ok(curated.size > 0, 'no curated pairs in the collection');
  const missing: string[] = [];
  for (const key of curated) {
    const [low, high] = key.split('-vs-') as [string, string];
    for (const code of [low, high]) {
      const page = pageAt(codeUrl(code));
      if (page?.root.querySelector(`main a[href="${compareUrl(low, high)}"]`) == null)
        missing.push(`${codeUrl(code)} lacks ${key}`);
    }
  }
  assert.deepEqual(missing, []);
});

const codesOf = (path: string): [string, string] =>
  /^\/compare\/(\d+)-vs-(\d+)\/$/.exec(path)!.slice(1, 3) as [string, string];
const flat = (el: HTMLElement): string => el.text.replace(/\s+/g, ' ').trim();
/** The sentences of a block of prose, split at full stops that end a sentence. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.?!])\s+(?=[A-Z0-9"“])/).filter((s) => s.length > 0);

it('every comparison opens with one sentence on how the two codes relate, naming both', () => {
  const problems: string[] = [];
  for (const page of canonical) {
    const [a, b] = codesOf(page.path);
    const lead = page.root.querySelector('main p.lead.relation');
    const text = lead === null ? '' : flat(lead);
    if (text === '' || !text.includes(a) || !text.includes(b))
      problems.push(`${page.path}: no relation sentence naming ${a} and ${b}`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} pages`);
});

it('no sentence or table row says a code does not answer a command, or that only one of the two does, where an entry, a recording or an RFC says otherwise; 202 and 120 never get their class meaning', () => {
  const ctx: ClaimContext = { known: knownCommands, listed: listedCommands, rfc959: RFC959_REPLIES };
  const problems: string[] = [];
  for (const page of canonical) {
    const pair = codesOf(page.path);
    const main = page.root.querySelector('main');
    for (const block of main?.querySelectorAll('p, li, td') ?? []) {
      if (block.closest('figure') !== null || block.querySelector('p, li') !== null) continue;
      for (const sentence of sentencesOf(flat(block)))
        for (const claim of [...falseClaims(sentence, pair, ctx), ...roleClaims(sentence)])
          problems.push(`${page.path}: ${claim} ("${sentence.slice(0, 90)}")`);
    }
    for (const tr of main?.querySelectorAll('table.glance tbody tr') ?? []) {
      const cells = tr.querySelectorAll('td').map(flat);
      if (cells.length !== 2) continue;
      for (const claim of rowClaims(flat(tr.querySelector('th') ?? tr), cells as [string, string], pair, ctx))
        problems.push(`${page.path}: ${claim}`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} false claims`);
});

it('no generated sentence only restates a row of the table', () => {
  const problems: string[] = [];
  for (const page of canonical) {
    const main = page.root.querySelector('main');
    if (main === null) continue;
    const rows = main
      .querySelectorAll('table.glance tbody tr')
      .map((tr) => ({ label: flat(tr.querySelector('th') ?? tr), cells: tr.querySelectorAll('td').map(flat) }));
    // The rows both codes share are folded into one line; they count as rows all the same.
    const common = main.querySelector('p.common');
    if (common !== null)
      for (const part of flat(common)
        .replace(/^The same for both:\s*/, '')
        .split('; '))
        rows.push({ label: part.split(':')[0] ?? '', cells: [part] });
    const generated = [
      main.querySelector('p.lead.relation'),
      ...main.querySelectorAll('#relation ~ ul:not(.notes) > li'),
    ].filter((el): el is HTMLElement => el !== null);
    for (const el of generated)
      for (const sentence of sentencesOf(flat(el)))
        if (restatesRow(sentence, rows)) problems.push(`${page.path}: "${sentence}"`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} sentences only restate the table`);
});

it('every transcript caption names the code its transcript really ends in', () => {
  const problems: string[] = [];
  for (const page of canonical) {
    for (const figure of page.root.querySelectorAll('main figure.transcript')) {
      const caption = flat(figure.querySelector('figcaption .visually-hidden') ?? figure).replace(/\.$/, '');
      // The parser keeps <pre> as raw text, so the transcript's lines are read from its markup.
      const lines = (figure.querySelector('pre')?.innerHTML ?? '').replace(/<[^>]+>/g, '').split('\n');
      const codes = lines
        .map((l) => /^S: ([1-6]\d\d)[ -]/.exec(l.trim())?.[1])
        .filter((c): c is string => c !== undefined);
      const problem = captionProblem(caption, codes);
      if (problem !== undefined) problems.push(`${page.path}: ${problem}`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} captions`);
});
