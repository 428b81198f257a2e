/**
 * Security over every page: a CSP meta tag without 'unsafe-inline' whose hashes cover every
 * inline script and style, no reference to another origin, and rel="noopener" on external links.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentPages } from '../helpers/site.ts';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

it('every page has a CSP that allows no inline code except by hash', () => {
  const problems: string[] = [];
  for (const page of contentPages()) {
    const csp = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    if (csp === '') {
      problems.push(`${page.path}: no CSP`);
      continue;
    }
    if (csp.includes("'unsafe-inline'") || csp.includes("'unsafe-eval'"))
      problems.push(`${page.path}: unsafe source in CSP`);
    for (const script of page.root.querySelectorAll('script:not([src])')) {
      const type = script.getAttribute('type') ?? '';
      if (type === 'application/json') continue; // data, never executed
      if (!csp.includes(hash(script.rawText))) problems.push(`${page.path}: an inline script is not allowed by hash`);
    }
    for (const style of page.root.querySelectorAll('style')) {
      if (!csp.includes(hash(style.rawText))) problems.push(`${page.path}: an inline style is not allowed by hash`);
    }
    if (page.root.querySelector('[style]') !== null)
      problems.push(`${page.path}: a style attribute (blocked by the CSP)`);
    if (/\son[a-z]+="/i.test(page.html)) problems.push(`${page.path}: an inline event handler`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});

it('no page loads anything from another origin', () => {
  const problems: string[] = [];
  for (const page of contentPages()) {
    for (const el of page.root.querySelectorAll(
      'script[src], link[href], img[src], iframe, source[src], video, audio, form[action]',
    )) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('action') ?? '';
      const isCanonical = el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical';
      if (!isCanonical && /^(https?:)?\/\//.test(url))
        problems.push(`${page.path}: ${el.tagName.toLowerCase()} ${url}`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), []);
});

it('every external link carries rel="noopener"', () => {
  const problems: string[] = [];
  for (const page of contentPages()) {
    for (const a of page.root.querySelectorAll('a[href^="http"]')) {
      if (!(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener'))
        problems.push(`${page.path}: ${a.getAttribute('href')}`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), []);
});
