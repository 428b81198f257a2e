/**
 * Matching texts from the entries (wordings, example lines) against recorded replies.
 * Both sides may hold stand-ins for what varies: an entry writes `<file>` for a name, a
 * recording writes `<port>` for a port picked at run time. A recorded line also varies with
 * what the client sent (a file name, a user name) and with numbers (sizes, addresses,
 * counts), so its "shape" turns those into wildcards while every fixed word stays exact.
 */

/** A stand-in such as `<file>` or `<port>`. */
const STAND_IN = /<[a-z][a-z0-9 ]*>/gi;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression source for a text whose stand-ins match any non-empty text. */
function patternSource(text: string): string {
  return text.split(STAND_IN).map(escapeRegExp).join('.+');
}

/** Whether two texts can be the same line, reading the stand-ins on either side as wildcards. */
export function sameText(a: string, b: string): boolean {
  return new RegExp(`^${patternSource(a)}$`).test(b) || new RegExp(`^${patternSource(b)}$`).test(a);
}

/**
 * The shape of one recorded reply text (a line without its code): stand-ins, the arguments
 * the client had sent so far in the run (at least three characters long, and their last path
 * part), quoted paths ("/" in a 257) and every number become wildcards. Returns a regular
 * expression for the whole text.
 */
export function textShape(text: string, clientArguments: readonly string[]): RegExp {
  const words = [
    ...new Set(clientArguments.flatMap((a) => [a, a.split('/').at(-1) ?? a]).filter((a) => a.length >= 3)),
  ].sort((x, y) => y.length - x.length);
  const variable = new RegExp([STAND_IN.source, ...words.map(escapeRegExp), '"[^"]*"', '\\d+'].join('|'), 'gi');
  let source = '';
  let last = 0;
  for (const match of text.matchAll(variable)) {
    source += escapeRegExp(text.slice(last, match.index));
    source += /^\d+$/.test(match[0]) ? '\\d+' : match[0].startsWith('"') ? '".*"' : '.+';
    last = match.index + match[0].length;
  }
  return new RegExp(`^${source}${escapeRegExp(text.slice(last))}$`);
}

/** A reply line split into its code ("550", or undefined on a continuation line) and its text. */
export function splitReplyLine(line: string): { code: string | undefined; text: string } {
  const match = /^(\d{3})(?:[ -](.*))?$/.exec(line);
  return match === null ? { code: undefined, text: line } : { code: match[1], text: match[2] ?? '' };
}

/** The argument of a command line ("RETR dir/a.txt" gives "dir/a.txt"), or undefined. */
export function commandArgument(command: string): string | undefined {
  const space = command.indexOf(' ');
  return space === -1 ? undefined : command.slice(space + 1).trim() || undefined;
}
