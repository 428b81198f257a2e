/**
 * Finds where a guide mentions each code (<CodeRef code="..."/> or <ReplyLine code="..."/>)
 * or each FTP command, and under which "##" section, so code and command pages can link
 * back to those sections.
 */
import GithubSlugger from 'github-slugger';

/** One place a guide mentions a code. */
export interface Mention {
  /** The h2 section's text and its id (the same slug the Markdown processor gives it). */
  section: string;
  anchor: string;
}

/**
 * Walks the h2 sections of an MDX body and collects what `find` reports on each line,
 * per section, in order, without repeats. Text before the first h2 is not in a section.
 */
function sectionMentions(body: string, find: (line: string) => Iterable<string>): Map<string, Mention[]> {
  const slugger = new GithubSlugger();
  const found = new Map<string, Mention[]>();
  let current: Mention | undefined;
  for (const line of body.split('\n')) {
    const heading = /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      const text = (heading[2] as string).replace(/`/g, '');
      const slug = slugger.slug(text);
      if ((heading[1] as string).length === 2) current = { section: text, anchor: slug };
      // A heading can name a command ("## Passive mode: PASV and EPSV"), never a code link.
      if (current === undefined || (heading[1] as string).length !== 2) continue;
    }
    if (current === undefined) continue;
    for (const key of find(line)) {
      const list = found.get(key) ?? [];
      if (!list.some((m) => m.anchor === current?.anchor)) list.push(current);
      found.set(key, list);
    }
  }
  return found;
}

/** The sections of an MDX body that mention each code, in order, without repeats. */
export function mentionsIn(body: string): Map<string, Mention[]> {
  return sectionMentions(body, (line) =>
    line.startsWith('#') ? [] : [...line.matchAll(/<(?:CodeRef|ReplyLine)\s+code="(\d+)"/g)].map((m) => m[1] as string),
  );
}

/**
 * The sections of an MDX body that mention each of the given commands. A command counts
 * when it is written in capitals as a word of its own (prose, headings, transcripts), which
 * is how the guides write commands; lower-case English words ("type", "list") never match.
 */
export function commandMentionsIn(body: string, commands: readonly string[]): Map<string, Mention[]> {
  const known = new Set(commands);
  return sectionMentions(body, (line) =>
    [...line.matchAll(/(?<![\w-])([A-Z]{3,4})(?![\w-])/g)].map((m) => m[1] as string).filter((word) => known.has(word)),
  );
}
