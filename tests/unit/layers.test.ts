/**
 * The layers of src/ import only in the directions CONTRIBUTING.md gives: pages on top, then
 * layouts and components, then data, then lib and the schemas. Type-only imports are free
 * (nothing of them reaches the build); `astro:*` modules are read in data, pages and the
 * collection config only. Reads the source files, so a wrong import fails here, not in review.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** For each folder of src/, the folders it may import values from (its own always). */
const ALLOWED: Record<string, string[]> = {
  pages: ['layouts', 'components', 'data', 'lib', 'schemas', 'scripts', 'styles'],
  layouts: ['components', 'lib', 'styles'],
  components: ['data', 'lib', 'schemas', 'scripts', 'styles'],
  data: ['lib', 'schemas'],
  integrations: ['lib'],
  scripts: ['lib'],
  schemas: ['lib'],
  lib: [],
  'content.config.ts': ['schemas'],
};

/** Value imports across layers that are allowed for a reason of their own. */
const EXCEPTIONS: Record<string, string> = {
  // The published JSON Schemas are generated from the open data's zod schemas.
  'lib/open-data/files.ts -> schemas/open-data.ts': 'writes the JSON Schemas',
};

/** The folders that may import `astro:*` modules (the collections). */
const ASTRO_MODULES = new Set(['data', 'pages', 'content.config.ts']);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

/** True when an import clause brings in types only: `import type ...` or `import { type A, type B }`. */
function typeOnly(keyword: string | undefined, clause: string): boolean {
  if (keyword !== undefined) return true;
  const names = /^\{([^}]*)\}$/
    .exec(clause.trim())?.[1]
    ?.split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** Every import of a file: what it names, and whether only types come from it. */
function importsOf(text: string): { from: string; typeOnly: boolean }[] {
  const named = [...text.matchAll(/\bimport\s+(type\s+)?([^'"();]*?)\s*from\s*['"]([^'"]+)['"]/g)].map((m) => ({
    from: m[3] as string,
    typeOnly: typeOnly(m[1], m[2] as string),
  }));
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({
    from: m[1] as string,
    typeOnly: false,
  }));
  const bare = [...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    from: m[1] as string,
    typeOnly: false,
  }));
  return [...named, ...dynamic, ...bare];
}

const layerOf = (path: string): string => path.split('/')[0] as string;

it('src/ imports only downwards: pages, layouts and components, data, then lib and the schemas', () => {
  const wrong: string[] = [];
  const used = new Set<string>();
  for (const file of files(SRC)) {
    const own = relative(SRC, file);
    const layer = layerOf(own);
    for (const { from, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
      if (from.startsWith('astro:')) {
        if (!ASTRO_MODULES.has(layer)) wrong.push(`${own} imports ${from}`);
        continue;
      }
      if (!from.startsWith('.') || typeOnly) continue;
      const target = relative(SRC, resolve(dirname(file), from.replace(/\?.*$/, '')));
      const to = layerOf(target);
      if (to === layer || ALLOWED[layer]?.includes(to)) continue;
      const key = `${own} -> ${target}`;
      if (EXCEPTIONS[key] !== undefined) used.add(key);
      else wrong.push(key);
    }
  }
  assert.deepEqual(wrong, []);
  assert.deepEqual(
    Object.keys(EXCEPTIONS).filter((k) => !used.has(k)),
    [],
    'an exception that nothing needs any more',
  );
});

it('finds the imports it checks, type-only ones told apart', () => {
  assert.deepEqual(
    importsOf(
      [
        "import type { A } from '../schemas/a.ts';",
        "import { type B, type C } from '../schemas/b.ts';",
        "import { D, type E } from '../data/d.ts';",
        "import '../styles/x.css';",
        "const m = import('../scripts/m.ts');",
      ].join('\n'),
    ),
    [
      { from: '../schemas/a.ts', typeOnly: true },
      { from: '../schemas/b.ts', typeOnly: true },
      { from: '../data/d.ts', typeOnly: false },
      { from: '../scripts/m.ts', typeOnly: false },
      { from: '../styles/x.css', typeOnly: false },
    ],
  );
});
