/**
 * Every code, class and group page exists and shows what it should, read from the built
 * files (no browser needed): a code page's h1, its link up to its class, its fixed sections;
 * each index page lists exactly its codes, in order; the table of contents of code, command
 * and guide pages lists exactly their sections.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { contentPages, pageAt, type BuiltPage } from '../helpers/site.ts';
import { CODES, CODES_BY_CLASS, CODES_BY_GROUP, SOCKET_ERRORS, TITLES } from '../helpers/expected.ts';
import { classOf, type ClassDigit, type GroupDigit } from '../../src/lib/reply-code.ts';
import { classUrl, codeUrl, groupUrl, socketErrorsUrl } from '../../src/lib/urls.ts';

/** The sections every code page has, by id. */
const CODE_SECTIONS = ['meaning', 'when', 'causes', 'client-user', 'server-admin', 'retry', 'example', 'specification'];

/** The codes a page lists, read from its code list. */
function listedCodes(page: BuiltPage | undefined): string[] {
  return page?.root.querySelectorAll('main .code-list li').map((li) => li.id.replace('code-', '')) ?? [];
}

it('every code page has one h1 with its code and title, a link to its class and every fixed section', () => {
  const problems: string[] = [];
  for (const code of CODES) {
    const page = pageAt(codeUrl(code));
    if (page === undefined) {
      problems.push(`${code}: no page`);
      continue;
    }
    const h1s = page.root.querySelectorAll('h1');
    if (h1s.length !== 1) problems.push(`${code}: ${h1s.length} h1 elements`);
    const h1 = h1s[0]?.text ?? '';
    if (!h1.includes(code) || !h1.includes(TITLES.get(code) as string)) problems.push(`${code}: h1 "${h1}"`);
    const digit = classOf(code);
    const parent = digit === undefined ? socketErrorsUrl() : classUrl(digit);
    if (page.root.querySelector(`main a[href="${parent}"]`) === null) problems.push(`${code}: no link to ${parent}`);
    for (const id of CODE_SECTIONS) {
      if (page.root.querySelectorAll(`main [id="${id}"]`).length !== 1) problems.push(`${code}: #${id}`);
    }
  }
  assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems`);
});

it('every class page lists exactly its codes', () => {
  for (const [digit, codes] of Object.entries(CODES_BY_CLASS))
    assert.deepEqual(listedCodes(pageAt(classUrl(digit as ClassDigit))), codes, `${digit}xx`);
});

it('every group page lists exactly its codes', () => {
  for (const [digit, codes] of Object.entries(CODES_BY_GROUP))
    assert.deepEqual(listedCodes(pageAt(groupUrl(digit as GroupDigit))), codes, `x${digit}x`);
});

it('the socket errors page lists exactly the socket errors', () => {
  assert.deepEqual(listedCodes(pageAt(socketErrorsUrl())), SOCKET_ERRORS);
});

it('the home page lists every code once', () => {
  assert.deepEqual(listedCodes(pageAt('/')), CODES);
});

it('the table of contents of every code, command and guide page lists exactly its sections, in order', () => {
  const problems: string[] = [];
  const pages = contentPages().filter((p) => /^\/(codes|commands|guides)\/[^/]+\/$/.test(p.path));
  assert.ok(pages.length > CODES.length, `${pages.length} pages`);
  for (const page of pages) {
    const toc = page.root.querySelector('main nav[aria-label="On this page"]');
    const listed = toc?.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '') ?? [];
    // A guide lists its sections only when it has more than two.
    const sections = page.root.querySelectorAll('main article h2[id]').map((h) => `#${h.id}`);
    if (toc === null && !(page.path.startsWith('/guides/') && sections.length <= 2))
      problems.push(`${page.path}: none`);
    else if (toc !== null && listed.join(' ') !== sections.join(' '))
      problems.push(`${page.path}: lists ${listed.join(' ')}, has ${sections.join(' ')}`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});
