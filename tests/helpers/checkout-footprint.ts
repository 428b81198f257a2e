/**
 * What a build leaves in the checkout: every file under the folders Astro and Vite write
 * (.astro/, dist/, node_modules/.vite/) with its size and modification time, and the names at
 * the top of the checkout. The build tier compares it before and after its sandboxed builds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sandbox-build.ts';

/** The folders a build writes into when it runs in the checkout. */
const BUILD_FOLDERS = ['.astro', 'dist', 'node_modules/.vite', 'node_modules/.astro'];

/** One line per file ("path size mtime") and one per top-level name, sorted. */
export function checkoutFootprint(): string[] {
  const lines = readdirSync(ROOT).map((name) => `top: ${name}`);
  for (const folder of BUILD_FOLDERS) {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const file = join(entry.parentPath, entry.name);
      const stat = statSync(file);
      lines.push(`${file.slice(ROOT.length)} ${entry.isFile() ? stat.size : 'dir'} ${stat.mtimeMs}`);
    }
  }
  return lines.sort();
}
