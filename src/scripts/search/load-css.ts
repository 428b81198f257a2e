/**
 * Adds the search stylesheet when search starts. Importing the CSS as a module would make
 * the bundler link it from every page up front; as a URL it loads only on first use.
 */
import cssUrl from './search.css?url';

/** Inserts the stylesheet once. */
export function loadSearchCss(): void {
  if (document.querySelector(`link[href="${cssUrl}"]`) !== null) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  document.head.append(link);
}
