/**
 * A scaled-up copy of the codes collection for the bench: every real entry, plus copies
 * renumbered to unused reply codes, so the build can be timed at 2x or 4x the codes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CODES_DIR } from '../../tests/helpers/entries.ts';

/** `factor` times as many entries as the real collection, as file name to text. */
export function scaledCollection(factor: number): Record<string, string> {
  const files = readdirSync(CODES_DIR).filter((f) => f.endsWith('.mdx'));
  const used = new Set(files.map((f) => f.slice(0, -4)));
  const free = Array.from({ length: 600 }, (_, i) => String(100 + i)).filter((c) => !used.has(c));
  const collection: Record<string, string> = {};
  for (const file of files) collection[file] = readFileSync(join(CODES_DIR, file), 'utf8');
  // 6yz entries are not copied: renumbered into 1yz-5yz they would lack the reply text those need.
  const reply = files.filter((f) => /^[1-5]\d{2}\.mdx$/.test(f));
  for (let copy = 1; copy < factor; copy += 1) {
    for (const file of reply) {
      const code = free.shift();
      if (code === undefined) return collection;
      const original = file.slice(0, -4);
      // A copy keeps the prose but drops links, which would point at codes it does not have,
      // and its command lists (`commands` and the recorded `serverCommands`): the build requires a
      // line in content/commands/<COMMAND>.yaml for every code a command lists, and the copies'
      // made-up codes have none. Stripping here keeps that check whole for the real content.
      const text = readFileSync(join(CODES_DIR, file), 'utf8')
        .replace(/\nrelated:\n(?: {2}.*\n)*/, '\n')
        .replace(/\ncommands: \[[^\]]*\]\n/, '\ncommands: []\n')
        .replace(/\nserverCommands:\n(?: {2}.*\n)*/, '\n')
        .replace(/<CodeRef code="(\d+)" \/>/g, '$1')
        .replaceAll(`"${original}"`, `"${code}"`)
        .replaceAll(`S: ${original}`, `S: ${code}`);
      collection[`${code}.mdx`] = text;
    }
  }
  return collection;
}
