/** No broken internal link or #anchor anywhere: every href and src resolves to a built file and every fragment to an id. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, idsIn, resolvePath } from '../helpers/site.ts';

it('every internal href, src and #fragment on every page resolves', () => {
  const broken: string[] = [];
  for (const page of builtPages()) {
    for (const el of page.root.querySelectorAll('[href], [src]')) {
      const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(https?:|mailto:|data:)/.test(url)) continue;
      const [pathPart = '', fragment] = url.split('#');
      const target =
        pathPart === ''
          ? page.file
          : resolvePath(pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://x${page.path}`).pathname);
      if (target === undefined) {
        broken.push(`${page.path}: ${url} (no such file)`);
        continue;
      }
      if (
        fragment !== undefined &&
        fragment !== '' &&
        target.endsWith('.html') &&
        !idsIn(target).has(decodeURIComponent(fragment))
      ) {
        broken.push(`${page.path}: ${url} (no id "${fragment}")`);
      }
    }
  }
  assert.deepEqual(broken.slice(0, 30), [], `${broken.length} broken links`);
});

it('the meta refresh of every redirect page leads to a built page', () => {
  const broken = builtPages()
    .filter((p) => p.redirect)
    .flatMap((page) => {
      const content = page.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
      const to = /url=(.+)$/.exec(content)?.[1];
      return to !== undefined && resolvePath(to) !== undefined ? [] : [`${page.path} -> ${to}`];
    });
  assert.deepEqual(broken, []);
});
