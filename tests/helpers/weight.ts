/**
 * What a page costs before any interaction: its HTML, its stylesheets, and the scripts it
 * loads, following static imports (not dynamic ones, which wait for interaction). Used by
 * the budget test and the bench script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { DIST, resolvePath } from './site.ts';

/** Bytes of one page type, raw and gzip, split by kind. */
export interface PageWeight {
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
  /** Everything but the page's own content: the HTML outside <main>, the CSS and the JS. */
  shell: { raw: number; gzip: number };
}

const size = (text: string): { raw: number; gzip: number } => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});

/** The static imports of a built script, as files in dist/. */
function staticImports(file: string, code: string): string[] {
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) =>
    join((m[1] as string).startsWith('/') ? DIST : dir, m[1] as string),
  );
}

/** The weight of the page served at a URL path, before interaction. */
export function pageWeight(urlPath: string): PageWeight {
  const file = resolvePath(urlPath);
  if (file === undefined) throw new Error(`no page at ${urlPath}`);
  const html = readFileSync(file, 'utf8');
  const root = parse(html);
  const css = root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => readFileSync(join(DIST, l.getAttribute('href') as string), 'utf8'))
    .join('\n');
  const seen = new Set<string>();
  const queue = root.querySelectorAll('script[src]').map((s) => join(DIST, s.getAttribute('src') as string));
  let js = '';
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const code = readFileSync(next, 'utf8');
    js += code;
    queue.push(...staticImports(next, code));
  }
  const parts = { html: size(html), css: size(css), js: size(js) };
  const outside = size(html.replace(/<main[\s\S]*<\/main>/, '<main></main>'));
  return {
    ...parts,
    total: {
      raw: parts.html.raw + parts.css.raw + parts.js.raw,
      gzip: parts.html.gzip + parts.css.gzip + parts.js.gzip,
    },
    shell: { raw: outside.raw + parts.css.raw + parts.js.raw, gzip: outside.gzip + parts.css.gzip + parts.js.gzip },
  };
}
