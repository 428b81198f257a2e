/**
 * Command pages, read from the built files: the index lists every command once under its
 * purpose; every command page has its h1, its fixed sections and exactly its replies; an
 * intermediate reply links the command that comes next. Command pages and code pages agree:
 * a command page lists exactly the replies the code entries give for it, and a code page
 * links exactly the commands its entry lists.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { contentPages, pageAt } from '../helpers/site.ts';
import { COMMANDS_WITH_PAGES, listedReplies } from '../helpers/commands.ts';
import { COMMAND_PURPOSES } from '../../src/lib/command-purposes.ts';
import { commandUrl, commandsIndexUrl } from '../../src/lib/urls.ts';

/** The sections every command page has, by id. */
const COMMAND_SECTIONS = ['syntax', 'what-it-does', 'replies', 'example', 'specification'];

it('the command index lists every command with a page once, under its purpose', () => {
  const index = pageAt(commandsIndexUrl());
  assert.ok(index, 'no command index');
  const listed = index.root.querySelectorAll('main .command-list li').map((li) => li.id.replace('command-', ''));
  assert.deepEqual([...listed].sort(), COMMANDS_WITH_PAGES);
  for (const purpose of COMMAND_PURPOSES)
    assert.equal(index.root.querySelectorAll(`main h2[id="${purpose}"]`).length, 1, purpose);
});

it('every command page has one h1 naming the command, its fixed sections and exactly its replies', () => {
  const replies = listedReplies();
  const problems: string[] = [];
  for (const command of COMMANDS_WITH_PAGES) {
    const page = pageAt(commandUrl(command));
    if (page === undefined) {
      problems.push(`${command}: no page`);
      continue;
    }
    const h1s = page.root.querySelectorAll('h1');
    if (h1s.length !== 1 || !(h1s[0]?.text ?? '').includes(command)) problems.push(`${command}: h1`);
    for (const id of COMMAND_SECTIONS)
      if (page.root.querySelectorAll(`main [id="${id}"]`).length !== 1) problems.push(`${command}: #${id}`);
    const shown = [
      ...new Set(page.root.querySelectorAll('main .replies > li').map((li) => li.getAttribute('data-code'))),
    ].sort();
    const expected = (replies.get(command) ?? []).map((r) => r.code).sort();
    if (JSON.stringify(shown) !== JSON.stringify(expected))
      problems.push(`${command}: replies ${shown.join(' ')}, expected ${expected.join(' ')}`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});

it('an intermediate reply names the command that comes next, linked', () => {
  const next = pageAt(commandUrl('USER'))?.root.querySelector('main [data-code="331"] .next a');
  assert.equal(next?.getAttribute('href'), commandUrl('PASS'));
});

const pages = contentPages();
/** "command code" pairs as the command pages show them. */
const fromCommandPages = new Set(
  pages
    .filter((p) => /^\/commands\/[A-Z]+\/$/.test(p.path))
    .flatMap((p) => {
      const command = p.path.split('/')[2] as string;
      return p.root
        .querySelectorAll('main .replies a.code')
        .map((a) => `${command} ${(a.getAttribute('href') ?? '').split('/')[2]}`);
    }),
);
/** "command code" pairs as the code pages show them. */
const fromCodePages = new Set(
  pages
    .filter((p) => /^\/codes\/\d+\/$/.test(p.path))
    .flatMap((p) => {
      const code = p.path.split('/')[2] as string;
      return p.root
        .querySelectorAll('main a[href^="/commands/"]')
        .map((a) => `${(a.getAttribute('href') ?? '').split('/')[2]} ${code}`);
    }),
);
/** The same pairs from the content itself. */
const fromContent = new Set(
  [...listedReplies()].flatMap(([command, replies]) => replies.map((r) => `${command} ${r.code}`)),
);

it('command pages list exactly the replies the code entries give each command', () => {
  assert.ok(fromContent.size > 100, `only ${fromContent.size} pairs in the content`);
  assert.deepEqual(
    [...fromCommandPages].filter((p) => !fromContent.has(p)),
    [],
    'shown but not in the content',
  );
  assert.deepEqual(
    [...fromContent].filter((p) => !fromCommandPages.has(p)),
    [],
    'in the content but not shown',
  );
});

it("every reply on a command page is on that code's page, linked to the command, and the other way round", () => {
  assert.deepEqual(
    [...fromCommandPages].filter((p) => !fromCodePages.has(p)),
    [],
    'on a command page, missing from the code page',
  );
  assert.deepEqual(
    [...fromCodePages].filter((p) => !fromCommandPages.has(p)),
    [],
    'on a code page, missing from the command page',
  );
});
