/**
 * What the hosting files need from one built HTML page: the URL it answers, where its
 * meta refresh sends the reader (for redirect pages), its CSP meta tag and its robots
 * verdict. Reading the built page rather than the routes means every page type, today's
 * and tomorrow's, is covered without a second list.
 */

/** The facts of one built page. */
export interface PageFacts {
  /** The URL path the page answers, e.g. "/codes/425/", "/500" (from 500.html) or "/". */
  route: string;
  /** The target of the page's meta refresh; undefined on pages that are not redirects. */
  redirectTo: string | undefined;
  /** The content of the page's CSP meta tag; undefined when it has none. */
  csp: string | undefined;
  /** True when the page asks search engines not to index it. */
  noindex: boolean;
}

/** The URL path a file in the build answers: "codes/425/index.html" -> "/codes/425/", "500.html" -> "/500". */
export function routeOfFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  if (path.endsWith('.html')) return `/${path.slice(0, -'.html'.length)}`;
  return `/${path}`;
}

/** Undoes the few character references an attribute value can carry. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The attributes of every <meta> tag in a page, lower-cased names. */
function metaTags(html: string): Map<string, string>[] {
  const tags: Map<string, string>[] = [];
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const attribute of tag[0].matchAll(/([a-z][a-z0-9-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      attributes.set((attribute[1] as string).toLowerCase(), decodeAttribute(attribute[2] ?? attribute[3] ?? ''));
    }
    tags.push(attributes);
  }
  return tags;
}

/** The content of the first meta tag whose http-equiv (or name) is the given word. */
function metaContent(tags: Map<string, string>[], key: 'http-equiv' | 'name', value: string): string | undefined {
  return tags.find((tag) => tag.get(key)?.toLowerCase() === value)?.get('content');
}

/** The URL in a meta refresh such as "0; url=/codes/425/", or undefined when it names none. */
export function refreshTarget(content: string): string | undefined {
  const match = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"\s]+)['"]?\s*$/i.exec(content);
  return match?.[1];
}

/** Reads the facts of one page from its HTML and its path in the build. */
export function readPageFacts(relativePath: string, html: string): PageFacts {
  const tags = metaTags(html);
  const refresh = metaContent(tags, 'http-equiv', 'refresh');
  const robots = metaContent(tags, 'name', 'robots') ?? '';
  return {
    route: routeOfFile(relativePath),
    redirectTo: refresh === undefined ? undefined : refreshTarget(refresh),
    csp: metaContent(tags, 'http-equiv', 'content-security-policy'),
    noindex: /\bnoindex\b/i.test(robots),
  };
}
