/**
 * Every comparison page: one canonical page per unordered pair, reversed URLs redirect to it,
 * and a scan of every page finds both codes named, no doubled word, no "undefined", "null"
 * or "NaN", and no empty section. Curated pairs are linked from both code pages.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, pageAt } from '../helpers/site.ts';
import { CODES } from '../helpers/expected.ts';
import { readEntries } from '../helpers/entries.ts';
import { allPairs, pairKey } from '../../src/lib/pairs.ts';
import { codeUrl, compareUrl } from '../../src/lib/urls.ts';

const comparisons = builtPages().filter((p) => /^\/compare\/\d+-vs-\d+\/$/.test(p.path));
const canonical = comparisons.filter((p) => !p.redirect);

it('there is one canonical comparison per unordered pair: n(n-1)/2', () => {
  assert.equal(canonical.length, (CODES.length * (CODES.length - 1)) / 2);
  assert.deepEqual(canonical.map((p) => p.path).sort(), allPairs(CODES).map(([a, b]) => compareUrl(a, b)).sort());
});

it('every reversed pair redirects to the canonical page, and a code against itself to its page', () => {
  const wrong: string[] = [];
  for (const [low, high] of allPairs(CODES)) {
    const page = pageAt(`/compare/${high}-vs-${low}/`);
    const target = page?.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    if (!target.endsWith(`url=${compareUrl(low, high)}`)) wrong.push(`${high}-vs-${low}`);
  }
  for (const code of CODES) {
    const page = pageAt(`/compare/${code}-vs-${code}/`);
    if (!(page?.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '').endsWith(`url=${codeUrl(code)}`)) wrong.push(`${code}-vs-${code}`);
  }
  assert.deepEqual(wrong.slice(0, 20), []);
});

it('every comparison page names both codes and has no doubled word, no undefined/null/NaN and no empty section', () => {
  const problems: string[] = [];
  for (const page of canonical) {
    const [, a, b] = /^\/compare\/(\d+)-vs-(\d+)\/$/.exec(page.path) as RegExpExecArray;
    const main = page.root.querySelector('main');
    const text = main?.text.replace(/\s+/g, ' ') ?? '';
    // Doubled words are a prose bug; transcripts may repeat on purpose (an ls line's "ftp ftp").
    // Table cells are separate phrases, so they are kept apart.
    const prose = (main?.innerHTML ?? '').replace(/<pre[\s\S]*?<\/pre>/g, ' ').replace(/<\/t[dh]>/g, ' | ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    if (!page.root.querySelector('h1')?.text.includes(`${a} vs ${b}`)) problems.push(`${page.path}: h1 does not name both codes`);
    if (!text.includes(a as string) || !text.includes(b as string)) problems.push(`${page.path}: a code is not named`);
    const doubled = /\b([A-Za-z]{2,})\s+\1\b/i.exec(prose);
    if (doubled !== null) problems.push(`${page.path}: doubled word "${doubled[0]}"`);
    const bad = /\b(undefined|null|NaN)\b/.exec(text);
    if (bad !== null) problems.push(`${page.path}: "${bad[0]}"`);
    for (const heading of main?.querySelectorAll('h2') ?? []) {
      const next = heading.nextElementSibling;
      if (next === null || next.tagName === 'H2' || next.text.trim() === '') problems.push(`${page.path}: empty section "${heading.text.trim()}"`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});

it('every curated pair is linked from both code pages', () => {
  const curated = new Set(readEntries().flatMap((e) => ((e.data['related'] as { code: string; test?: string }[] | undefined) ?? []).filter((r) => r.test !== undefined).map((r) => pairKey(String(e.data['code']), r.code))));
  assert.ok(curated.size > 0, 'no curated pairs in the collection');
  const missing: string[] = [];
  for (const key of curated) {
    const [low, high] = key.split('-vs-') as [string, string];
    for (const code of [low, high]) {
      const page = pageAt(codeUrl(code));
      if (page?.root.querySelector(`main a[href="${compareUrl(low, high)}"]`) == null) missing.push(`${codeUrl(code)} lacks ${key}`);
    }
  }
  assert.deepEqual(missing, []);
});
