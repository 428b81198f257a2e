/**
 * The only place URL shapes live. Every internal link is built here, always with a
 * trailing slash, so links, canonicals, the sitemap and search results agree.
 */
import { classSlug, groupSlug, type ClassDigit, type GroupDigit } from './reply-code.ts';

/** The home page. */
export const homeUrl = (): string => '/';

/** The canonical path of the page for a wrong URL (hosts serve it from notFoundFile()). */
export const notFoundUrl = (): string => '/404/';

/** The file the build writes for the page for a wrong URL, which hosts serve with status 404. */
export const notFoundFile = (): string => '/404.html';

/** A section of a page, by its fragment id, e.g. /codes/425/#what-to-do. */
export const sectionUrl = (pageUrl: string, id: string): string => `${pageUrl}#${id}`;

/** The page of one code, e.g. /codes/425/. */
export const codeUrl = (code: string): string => `/codes/${code}/`;

/** The short form that redirects to a code page, e.g. /425. */
export const shortCodeUrl = (code: string): string => `/${code}`;

/** The index page of a class, e.g. /classes/4xx/. */
export const classUrl = (digit: ClassDigit): string => `/classes/${classSlug(digit)}/`;

/** The index page of a group, e.g. /groups/x2x/. */
export const groupUrl = (digit: GroupDigit): string => `/groups/${groupSlug(digit)}/`;

/** The index page of the Windows socket errors that FTP clients print. */
export const socketErrorsUrl = (): string => '/socket-errors/';

/** The list of every code. */
export const allCodesUrl = (): string => '/codes/';

/**
 * A comparison URL with the codes in the order given, e.g. /compare/426-vs-425/. Only the
 * lower code first is a page; the reversed order and a code with itself redirect.
 */
export const compareUrlAsGiven = (first: string, second: string): string => `/compare/${first}-vs-${second}/`;

/** The canonical comparison of two codes: lower code first, e.g. /compare/425-vs-426/. */
export const compareUrl = (a: string, b: string): string =>
  Number(a) <= Number(b) ? compareUrlAsGiven(a, b) : compareUrlAsGiven(b, a);

/** Every comparison of one code, e.g. /compare/425/ (where the no-JS picker lands). */
export const compareHubUrl = (code: string): string => `/compare/${code}/`;

/** The comparison index. */
export const compareIndexUrl = (): string => '/compare/';

/** A guide page, e.g. /guides/active-vs-passive/. */
export const guideUrl = (slug: string): string => `/guides/${slug}/`;

/** The list of guides. */
export const guidesIndexUrl = (): string => '/guides/';

/** The log explainer: paste a log, see every reply explained. */
export const explainUrl = (): string => '/explain/';

/** The page of one FTP command, e.g. /commands/RETR/ (the name as RFCs write it, upper case). */
export const commandUrl = (command: string): string => `/commands/${command}/`;

/** The list of every command, grouped by purpose. */
export const commandsIndexUrl = (): string => '/commands/';

/** One purpose group of the command list (its section id is the purpose), e.g. /commands/#transfer. */
export const commandGroupUrl = (purpose: string): string => sectionUrl(commandsIndexUrl(), purpose);

/** The page that documents the downloadable data files. */
export const dataIndexUrl = (): string => '/data/';

/** A file of the open data, e.g. /data/codes.json or /data/codes.schema.json. */
export const dataFileUrl = (file: string): string => `/data/${file}`;

/** The data file of one code, e.g. /data/codes/425.json. */
export const codeDataUrl = (code: string): string => `/data/codes/${code}.json`;

/** The search page, optionally with a query. */
export const searchUrl = (query?: string): string =>
  query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;

/** An absolute URL on the site, for canonicals and Open Graph. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;

/** The instant-answer table that the search box loads on first use (src/lib/instant-table.ts). */
export const instantTableUrl = (): string => '/search/instant.json';

/** The list of Pagefind's index chunks, written by src/integrations/pagefind.ts (src/lib/index-chunks.ts). */
export const indexChunksUrl = (): string => '/search/index-chunks.json';

/** The head of every search result by Pagefind page id, written by src/integrations/result-heads.ts. */
export const resultHeadsUrl = (): string => '/search/result-heads.json';

/** Pagefind's browser API, written into the build by src/integrations/pagefind.ts. */
export const pagefindScriptUrl = (): string => '/pagefind/pagefind.js';

/** The WebAssembly of Pagefind's search, for the site's one language. */
export const pagefindWasmUrl = (): string => '/pagefind/wasm.en.pagefind';

/** What real servers send: the matrix of recorded scenarios against servers. */
export const serversUrl = (): string => '/servers/';

/** The id of a group of scenarios in the /servers/ matrix, e.g. "group-login". */
export const scenarioGroupId = (group: string): string => `group-${group}`;

/** A group of scenarios in the /servers/ matrix, e.g. /servers/#group-login. */
export const scenarioGroupUrl = (group: string): string => sectionUrl(serversUrl(), scenarioGroupId(group));

/** A scenario's row in the /servers/ matrix (the row's id is the scenario's), e.g. /servers/#retr-missing. */
export const scenarioRowUrl = (scenario: string): string => sectionUrl(serversUrl(), scenario);

/** One recorded server's whole reply catalogue, e.g. /servers/vsftpd/. */
export const serverUrl = (server: string): string => `/servers/${server}/`;

/** The full recorded transcripts of one scenario, e.g. /servers/scenarios/retr-missing/. */
export const scenarioUrl = (scenario: string): string => `/servers/scenarios/${scenario}/`;

/** One server's runs within a scenario page, e.g. /servers/scenarios/retr-missing/#vsftpd. */
export const scenarioRunUrl = (scenario: string, server: string): string => sectionUrl(scenarioUrl(scenario), server);
