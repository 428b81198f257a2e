/**
 * Every built page is valid HTML by html-validate's recommended rules. Switched off, with
 * reasons: formatting rules that judge the minifier's output rather than correctness
 * (attribute-boolean-style, attribute-empty-style, void-style, doctype-style,
 * no-trailing-whitespace), no-inline-style (the CSP test already forbids style attributes),
 * long-title (comparison titles name two codes and their texts on purpose),
 * no-redundant-role (role="search" on a form is kept for older screen readers); and valid-id
 * runs relaxed, as HTML5 allows, since headings such as "4xx or 5xx" give ids that start
 * with a digit. The pages are shared out among worker threads, one per core.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtFiles, DIST } from '../helpers/site.ts';

/** The project's html-validate configuration, the one `npx html-validate dist` would use. */
const CONFIG: unknown = JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8'));

/** Validates `files` in a worker thread and resolves with its error lines. */
function validateInWorker(files: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../helpers/html-validate-worker.ts', import.meta.url), {
      workerData: { files, config: CONFIG },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`html-validate worker exited with ${code}`));
    });
  });
}

it('every page passes html-validate with zero errors', async () => {
  const files = builtFiles();
  assert.ok(files.length > 0, 'no pages to validate');
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  const shares = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const errors = (await Promise.all(shares.map(validateInWorker))).flat().map((line) => line.replace(DIST, '/'));
  assert.deepEqual(errors.slice(0, 50), [], `${errors.length} errors`);
});
