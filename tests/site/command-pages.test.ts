/**
 * Command pages and code pages agree: a command page lists exactly the replies the code
 * entries give for it, and a code page links exactly the commands its entry lists, so every
 * reply shown on a command page appears on that code's page and the other way round.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { contentPages } from '../helpers/site.ts';
import { listedReplies } from '../helpers/commands.ts';

const pages = contentPages();
/** "command code" pairs as the command pages show them. */
const fromCommandPages = new Set(pages.filter((p) => /^\/commands\/[A-Z]+\/$/.test(p.path)).flatMap((p) => {
  const command = p.path.split('/')[2] as string;
  return p.root.querySelectorAll('main .replies a.code').map((a) => `${command} ${(a.getAttribute('href') ?? '').split('/')[2]}`);
}));
/** "command code" pairs as the code pages show them. */
const fromCodePages = new Set(pages.filter((p) => /^\/codes\/\d+\/$/.test(p.path)).flatMap((p) => {
  const code = p.path.split('/')[2] as string;
  return p.root.querySelectorAll('main a[href^="/commands/"]').map((a) => `${(a.getAttribute('href') ?? '').split('/')[2]} ${code}`);
}));
/** The same pairs from the content itself. */
const fromContent = new Set([...listedReplies()].flatMap(([command, replies]) => replies.map((r) => `${command} ${r.code}`)));

it('command pages list exactly the replies the code entries give each command', () => {
  assert.ok(fromContent.size > 100, `only ${fromContent.size} pairs in the content`);
  assert.deepEqual([...fromCommandPages].filter((p) => !fromContent.has(p)), [], 'shown but not in the content');
  assert.deepEqual([...fromContent].filter((p) => !fromCommandPages.has(p)), [], 'in the content but not shown');
});

it('every reply on a command page is on that code\'s page, linked to the command, and the other way round', () => {
  assert.deepEqual([...fromCommandPages].filter((p) => !fromCodePages.has(p)), [], 'on a command page, missing from the code page');
  assert.deepEqual([...fromCodePages].filter((p) => !fromCommandPages.has(p)), [], 'on a code page, missing from the command page');
});
