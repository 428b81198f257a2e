/**
 * The diagnosis at the top: the first failure and what it most likely means, the top fixes
 * from its code page for the client user and the server admin, and the sequence patterns
 * found, each linked to the guide section that explains it.
 */
import type { Explanation } from '../../lib/ftp-log/explain.ts';
import type { Failure } from '../../lib/ftp-log/diagnose.ts';
import { PATTERNS } from '../../lib/ftp-log/patterns.ts';
import { guideAnchor } from '../../lib/ftp-log/guide-anchor.ts';
import { FORMAT_LABELS } from '../../lib/ftp-log/entries.ts';
import { codeUrl, guideUrl, sectionUrl } from '../../lib/urls.ts';
import type { CodeFactsTable } from './code-facts.ts';
import { el, inline, link } from './dom.ts';
import { badge } from './render-items.ts';

/** One sentence saying what failed and where. */
function headline(failure: Failure): string {
  const item = failure.item;
  if (item.type === 'note') return `Line ${failure.line}: the client reports an error: ${item.entry.text}`;
  const what =
    item.command !== undefined
      ? `${item.verb} (line ${failure.line})`
      : `The server’s first reply (line ${failure.line})`;
  if (failure.reason === 'reply') return `${what} was answered with ${item.replies.at(-1)?.text ?? ''}`;
  const ended =
    item.endedBy !== undefined ? `; the client then reported: ${item.endedBy.entry.text}` : ', and the log ends';
  if (failure.reason === 'no-final')
    return `${what} got ${item.replies[0]?.code ?? 'a 1xx'} but no final reply${ended}`;
  return `${what} got no reply${ended}`;
}

function fixes(title: string, list: readonly string[]): HTMLElement {
  const box = el('div', 'fixes');
  box.append(el('h3', undefined, title));
  const ul = el('ul');
  for (const fix of list) {
    const li = el('li');
    li.append(inline(fix));
    ul.append(li);
  }
  box.append(ul);
  return box;
}

/** Fills the diagnosis panel. */
export function renderDiagnosis(
  panel: HTMLElement,
  explanation: Explanation,
  facts: CodeFactsTable,
  shared: boolean,
): void {
  panel.replaceChildren();
  const { diagnosis } = explanation;
  const exchanges = explanation.items.filter((i) => i.type === 'exchange').length;
  panel.append(
    el(
      'p',
      'read-as muted',
      `Read as ${FORMAT_LABELS[explanation.format]}: ${explanation.lineCount} lines, ${exchanges} ${exchanges === 1 ? 'exchange' : 'exchanges'}.`,
    ),
  );
  if (shared)
    panel.append(
      el(
        'p',
        'muted',
        'This log came from a share link: its passwords, user names, host names and IP addresses were replaced before it was shared.',
      ),
    );

  const failure = diagnosis.failure;
  const box = el('div', `first-failure ${failure === undefined ? 'none' : 'found'}`);
  box.id = 'first-failure';
  if (failure !== undefined) box.dataset['line'] = String(failure.line);
  if (failure?.code !== undefined) box.dataset['code'] = failure.code;
  if (failure === undefined) {
    box.append(el('h2', undefined, 'No failure found'));
    box.append(el('p', undefined, 'Every command in this log got a reply that is not an error.'));
  } else {
    box.append(el('h2', undefined, 'First failure'));
    const p = el('p', 'headline');
    if (failure.code !== undefined) p.append(badge(failure.code, facts), ' ');
    p.append(el('span', undefined, headline(failure)));
    box.append(p);
    const code = failure.code;
    const info = code !== undefined ? facts[code] : undefined;
    if (code !== undefined && info !== undefined) {
      const meaning = el('p', 'likely');
      meaning.append(el('strong', undefined, `${code} ${info.t}: `), inline(info.s));
      box.append(meaning);
      const both = el('div', 'fix-columns');
      both.append(fixes('If you run the client', info.c), fixes('If you run the server', info.a));
      box.append(both);
      const more = el('p');
      more.append(link(sectionUrl(codeUrl(code), 'what-to-do'), `Everything about ${code} and what to do`));
      box.append(more);
    }
  }
  panel.append(box);

  if (diagnosis.patterns.length > 0) {
    const list = el('div', 'patterns');
    list.append(el('h2', undefined, 'What the sequence shows'));
    for (const found of diagnosis.patterns) {
      const info = PATTERNS[found.id];
      const item = el('div', `pattern pattern-${found.id}`);
      item.append(el('h3', undefined, info.title), el('p', undefined, `${info.meaning} (From line ${found.line}.)`));
      const more = el('p');
      more.append(
        'Explained in: ',
        link(sectionUrl(guideUrl(info.guide.slug), guideAnchor(info.guide.heading)), info.guide.heading),
      );
      item.append(more);
      list.append(item);
    }
    panel.append(list);
  }

  if (diagnosis.refusedProbes.length > 0 && failure?.item !== diagnosis.refusedProbes.at(-1)) {
    const verbs = [...new Set(diagnosis.refusedProbes.map((e) => e.verb))].join(', ');
    panel.append(
      el(
        'p',
        'muted',
        `Refused but harmless: ${verbs}. Clients send these to probe the server and carry on without them.`,
      ),
    );
  }
}
