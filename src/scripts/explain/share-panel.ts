/**
 * The share panel: shows the log as the link will carry it (passwords, user names, host names
 * and IP addresses replaced) and what was replaced, then the link, only when asked for.
 */
import { maskForSharing } from '../../lib/ftp-log/mask.ts';
import { explainUrl } from '../../lib/urls.ts';
import { el } from './dom.ts';
import { encodeFragment } from './share.ts';

/** Links longer than this do not survive every chat program and browser. */
const MAX_LINK = 60_000;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Fills the share panel for a log. */
export function renderSharePanel(panel: HTMLElement, text: string): void {
  panel.replaceChildren();
  const button = el('button', 'secondary', 'Make a share link');
  button.type = 'button';
  button.id = 'share-button';
  const note = el(
    'p',
    'muted',
    'The link carries the log after the part of the address that browsers never send (the “#” fragment). Before anything is shared you see exactly what it holds.',
  );
  panel.append(button, note);
  button.addEventListener('click', () => {
    void (async () => {
      const { text: masked, report } = maskForSharing(text);
      const fragment = await encodeFragment(masked);
      const url = `${location.origin}${explainUrl()}${fragment}`;
      const box = el('div', 'share-preview');
      box.id = 'share-preview';
      box.append(
        el(
          'p',
          undefined,
          `Replaced before sharing: ${plural(report.passwords, 'password', 'passwords')}, ${plural(report.users, 'user name', 'user names')}, ${plural(report.hosts, 'host name', 'host names')}, ${plural(report.addresses, 'IP address', 'IP addresses')}. This is what the link holds:`,
        ),
      );
      const preview = el('pre', 'masked-log', masked);
      // A scrolling region: reachable and named for keyboard and screen reader users.
      preview.tabIndex = 0;
      preview.setAttribute('aria-label', 'The log as the link carries it');
      box.append(preview);
      if (url.length > MAX_LINK) {
        box.append(
          el('p', 'warn', 'This log is too long for a link. Share the part around the first failure instead.'),
        );
      } else {
        const label = el('label', undefined, 'Share link');
        label.htmlFor = 'share-url';
        const input = el('input');
        input.id = 'share-url';
        input.readOnly = true;
        input.value = url;
        box.append(label, input);
        if (navigator.clipboard !== undefined) {
          const copy = el('button', 'secondary', 'Copy link');
          copy.type = 'button';
          const status = el('span', 'muted');
          status.setAttribute('role', 'status');
          copy.addEventListener('click', () => {
            navigator.clipboard.writeText(url).then(
              () => {
                status.textContent = 'Copied.';
              },
              () => {
                status.textContent = 'Could not copy: select the link and copy it.';
              },
            );
          });
          box.append(copy, status);
        }
      }
      panel.replaceChildren(box);
    })();
  });
}
