/**
 * The hosting plan: which URLs redirect where, which headers every response carries, and
 * which files may be cached for good. It is made from the build alone (the pages' own
 * redirects and CSP, the file names in the output), and every host format is written
 * from it, so _redirects, _headers and the nginx config cannot disagree.
 */
import { mergeCsp } from './csp.ts';
import type { PageFacts } from './page-facts.ts';

/** Cache-Control of a file whose name changes whenever its content does. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control of everything else (HTML, robots.txt, Pagefind's fixed-name loader and
 * entry files): kept, but checked with the server before each use, so a deploy shows at
 * once and a page never outlives the hashed files it names. It is also what Netlify and
 * Cloudflare Pages send by default, which is why _headers need not repeat it.
 */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** Full URL to this site's pages, the origin only to other sites (the browsers' default, made explicit). */
const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Powerful features no page here uses, switched off for the pages and anything they embed. */
const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** A header name and value. */
export type Header = readonly [name: string, value: string];

/** One permanent redirect. */
export interface Redirect {
  /** The path asked for, e.g. "/compare/426-vs-425/" or "/425". */
  from: string;
  /** The canonical path it moves to. */
  to: string;
}

/** Everything the host formats are written from. */
export interface HostingPlan {
  /** Every redirect, the most valuable first (hosts with a rule limit keep the head of the list). */
  redirects: Redirect[];
  /** The headers every response carries. */
  headers: Header[];
  /** Paths of content-addressed files: "/dir/*" for a whole folder, "/dir/file" for one file. */
  immutable: string[];
}

/** How the redirects are listed. */
export interface RedirectOptions {
  /**
   * Also list the other trailing-slash form of each path ("/425" beside "/425/"). Hosts
   * that match paths exactly need it; Netlify treats both forms as one.
   */
  bothSlashForms: boolean;
}

/** The headers every response carries, with the CSP made from the pages' own policies. */
export function securityHeaders(pages: readonly PageFacts[]): Header[] {
  const policies = pages.flatMap((page) => (page.csp === undefined ? [] : [page.csp]));
  if (policies.length === 0)
    throw new Error('No built page carries a CSP meta tag, so there is no policy to send as a header');
  return [
    // frame-ancestors only works as a header: it stops other sites from framing the pages.
    ['Content-Security-Policy', mergeCsp(policies, { 'frame-ancestors': ["'none'"] })],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', REFERRER_POLICY],
    ['Permissions-Policy', PERMISSIONS_POLICY],
  ];
}

/** "/x/" -> ["/x/", "/x"]; "/x" -> ["/x", "/x/"]: the form the build wrote first. */
function slashForms(route: string): [string, string] {
  return route.endsWith('/') ? [route, route.slice(0, -1)] : [route, `${route}/`];
}

/**
 * The redirects of every redirect page in the build, each to its page's meta-refresh
 * target. Order: redirects to indexable pages first (short codes, curated comparisons),
 * then the rest; with both slash forms, the form the build wrote before the other.
 * Throws when a target is not a page of the build or a source is a real page.
 */
export function redirectsOf(pages: readonly PageFacts[], options: RedirectOptions): Redirect[] {
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  const ranked: { rank: number; redirect: Redirect }[] = [];
  for (const page of pages) {
    if (page.redirectTo === undefined) continue;
    const target = byRoute.get(page.redirectTo);
    if (target === undefined)
      throw new Error(`The redirect page ${page.route} points to ${page.redirectTo}, which the build does not contain`);
    const [built, other] = slashForms(page.route);
    const toIndexable = !target.noindex && target.redirectTo === undefined;
    ranked.push({ rank: toIndexable ? 0 : 1, redirect: { from: built, to: page.redirectTo } });
    if (!options.bothSlashForms) continue;
    const clash = byRoute.get(other);
    if (clash !== undefined && clash.redirectTo === undefined)
      throw new Error(`The redirect ${other} would hide the page ${clash.route}`);
    ranked.push({ rank: toIndexable ? 0 : 2, redirect: { from: other, to: page.redirectTo } });
  }
  // A stable sort keeps the pages' order within each rank.
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.redirect);
}

/** How each producer of hashed files names them: Astro "name.HASH8.ext", Pagefind "xx_hexhash.pf_kind". */
const HASHED_NAMES: readonly { folder: string; pattern: RegExp }[] = [
  { folder: '_astro/', pattern: /\.[\w-]{8}\.\w+$/ },
  { folder: 'pagefind/', pattern: /_[0-9a-f]{7,}\.pf_[a-z]+$/ },
];

/** Whether a file of the build (path relative to it) is named by its content. */
export function isContentAddressed(file: string): boolean {
  return HASHED_NAMES.some(({ folder, pattern }) => file.startsWith(folder) && pattern.test(file));
}

/**
 * The fewest path patterns that cover exactly the content-addressed files: a folder whose
 * files are all hashed becomes "/folder/*", otherwise its hashed files are listed one by one
 * (Pagefind's chunk folders are hashed throughout, its loader and entry files are not).
 */
export function immutablePaths(files: readonly string[]): string[] {
  const paths: string[] = [];
  const visit = (folder: string, inside: readonly string[]): void => {
    if (inside.every(isContentAddressed)) {
      paths.push(`/${folder}*`);
      return;
    }
    const subfolders = [
      ...new Set(
        inside
          .map((file) => file.slice(folder.length))
          .filter((rest) => rest.includes('/'))
          .map((rest) => rest.slice(0, rest.indexOf('/') + 1)),
      ),
    ].sort();
    for (const file of inside)
      if (!file.slice(folder.length).includes('/') && isContentAddressed(file)) paths.push(`/${file}`);
    for (const sub of subfolders)
      visit(
        `${folder}${sub}`,
        inside.filter((file) => file.startsWith(`${folder}${sub}`)),
      );
  };
  for (const { folder } of HASHED_NAMES) {
    const inside = files.filter((file) => file.startsWith(folder)).sort();
    if (inside.length > 0) visit(folder, inside);
  }
  return paths;
}

/** The whole plan from the pages and the list of files in the build. */
export function hostingPlan(
  pages: readonly PageFacts[],
  files: readonly string[],
  options: RedirectOptions,
): HostingPlan {
  return { redirects: redirectsOf(pages, options), headers: securityHeaders(pages), immutable: immutablePaths(files) };
}
