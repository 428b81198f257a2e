/**
 * Building the explanation's elements. Text from the pasted log only ever goes into
 * textContent, never into markup, so nothing in a log can become HTML or run.
 */

/** An element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined && className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link; href comes from src/lib/urls.ts, never from the log. */
export function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

/** A front matter string of ours, with `backticks` shown as code. */
export function inline(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  text.split(/(`[^`]+`)/).forEach((part) => {
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`'))
      out.append(el('code', undefined, part.slice(1, -1)));
    else if (part !== '') out.append(document.createTextNode(part));
  });
  return out;
}
