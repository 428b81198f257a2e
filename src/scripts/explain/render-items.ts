/**
 * The line-by-line list: each command with its replies, each reply's code linked to its page
 * with the code's title and what it means here, 227 and 229 decoded, client errors linked.
 * Rendered in chunks between frames, so a log of ten thousand lines never freezes the page.
 */
import type { Exchange, Item, Note } from '../../lib/ftp-log/exchanges.ts';
import { meaningHere } from '../../lib/ftp-log/meaning.ts';
import { WARNING_TEXT } from '../../lib/pasv.ts';
import { classOf, classTone, toneOf } from '../../lib/reply-code.ts';
import { codeUrl } from '../../lib/urls.ts';
import type { CodeFactsTable } from './code-facts.ts';
import { el, link } from './dom.ts';

/** Items rendered per chunk: small enough that one chunk takes a few milliseconds. */
const CHUNK = 200;

/** A code badge, linked when the code has a page. */
export function badge(code: string, facts: CodeFactsTable): HTMLElement {
  const tone = `badge ${toneOf(code)}`;
  return facts[code] !== undefined ? link(codeUrl(code), code, tone) : el('span', tone, code);
}

const lineLabel = (line: number): HTMLElement => el('span', 'ln', `line ${line}`);

function renderReply(reply: Exchange['replies'][number], facts: CodeFactsTable): HTMLElement {
  const code = reply.code as string;
  const box = el('div', 'reply');
  const head = el('p', 'reply-head');
  head.append(badge(code, facts));
  const title = facts[code]?.t;
  head.append(
    ' ',
    el('span', 'reply-title', title ?? 'A code this reference does not cover'),
    ' ',
    lineLabel(reply.line),
  );
  box.append(head, el('pre', 'wire', (reply.replyLines ?? [reply.text]).join('\n')));
  return box;
}

function renderDecoded(exchange: Exchange, shared: boolean): HTMLElement | undefined {
  const pasv = exchange.pasv;
  if (pasv !== undefined) {
    const box = el('div', 'decoded');
    if (!pasv.ok) {
      box.append(el('p', 'bad', pasv.error));
      return box;
    }
    box.append(
      el(
        'p',
        undefined,
        `Data connection: the client should connect to ${pasv.host}, port ${pasv.port} (${pasv.p1} × 256 + ${pasv.p2}).`,
      ),
    );
    for (const warning of pasv.warnings) {
      const text =
        shared && warning === 'documentation'
          ? 'a public address, replaced by a stand-in before this log was shared.'
          : WARNING_TEXT[warning];
      box.append(el('p', shared && warning === 'documentation' ? 'muted' : 'warn', `${pasv.host} is ${text}`));
    }
    return box;
  }
  const epsv = exchange.epsv;
  if (epsv !== undefined) {
    const box = el('div', 'decoded');
    box.append(
      epsv.ok
        ? el(
            'p',
            undefined,
            `Data connection: the client should connect to port ${epsv.port} at the address it already uses for this control connection (229 carries no address).`,
          )
        : el('p', 'bad', epsv.error),
    );
    return box;
  }
  return undefined;
}

function renderExchange(exchange: Exchange, facts: CodeFactsTable, shared: boolean): HTMLLIElement {
  const last = exchange.replies.at(-1)?.code;
  const li = el(
    'li',
    `exchange ${classTone(last === undefined ? undefined : classOf(last))} outcome-${exchange.outcome}`,
  );
  li.dataset['line'] = String((exchange.command ?? exchange.replies[0])?.line ?? 0);
  if (exchange.command !== undefined) {
    const head = el('p', 'command');
    head.append(
      el('span', 'who', 'Client sent'),
      ' ',
      el('code', 'cmd', exchange.command.text),
      ' ',
      lineLabel(exchange.command.line),
    );
    li.append(head);
  } else {
    li.append(el('p', 'command', 'The server sent, unprompted:'));
  }
  for (const reply of exchange.replies) li.append(renderReply(reply, facts));
  if (exchange.replies.length === 0) li.append(el('p', 'warn', 'No reply.'));
  li.append(el('p', 'meaning', meaningHere(exchange)));
  if (exchange.replies.length > 1 && exchange.replies[0]?.code?.startsWith('1')) {
    const closing = exchange.replies.at(-1);
    li.append(
      el(
        'p',
        'muted',
        `The ${exchange.replies[0]?.code} at line ${exchange.replies[0]?.line} is closed by the ${closing?.code} at line ${closing?.line}.`,
      ),
    );
  }
  if (exchange.endedBy !== undefined)
    li.append(el('p', 'warn', `The wait ended at line ${exchange.endedBy.entry.line}: ${exchange.endedBy.entry.text}`));
  const decoded = renderDecoded(exchange, shared);
  if (decoded !== undefined) li.append(decoded);
  return li;
}

function renderNote(note: Note, facts: CodeFactsTable): HTMLLIElement {
  const li = el('li', `note ${note.error !== undefined ? 'error' : note.entry.kind}`);
  li.dataset['line'] = String(note.entry.line);
  const p = el('p');
  if (note.error?.code !== undefined) p.append(badge(note.error.code, facts), ' ');
  p.append(el('span', 'note-text', note.entry.text), ' ', lineLabel(note.entry.line));
  li.append(p);
  if (note.error?.code !== undefined && facts[note.error.code] !== undefined)
    li.append(
      el(
        'p',
        'muted',
        `${note.error.code}: ${facts[note.error.code]?.t ?? ''}. Not an FTP reply: the client reports it.`,
      ),
    );
  return li;
}

/** Renders every item into the list, a chunk per frame; resolves when all are in. */
export function renderItems(
  list: HTMLOListElement,
  items: readonly Item[],
  facts: CodeFactsTable,
  shared: boolean,
  progress: (done: number) => void,
): Promise<void> {
  list.replaceChildren();
  let index = 0;
  return new Promise((resolve) => {
    const step = (): void => {
      const batch = document.createDocumentFragment();
      for (const end = Math.min(items.length, index + CHUNK); index < end; index++) {
        const item = items[index] as Item;
        batch.append(item.type === 'exchange' ? renderExchange(item, facts, shared) : renderNote(item, facts));
      }
      list.append(batch);
      progress(index);
      if (index < items.length) setTimeout(step, 0);
      else resolve();
    };
    step();
  });
}
