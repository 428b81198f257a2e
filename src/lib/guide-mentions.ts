/**
 * Finds where a guide mentions each code (<CodeRef code="..."/> or <ReplyLine code="..."/>)
 * and under which "##" section, so code pages can link back to those sections.
 */
import GithubSlugger from 'github-slugger';

/** One place a guide mentions a code. */
export interface Mention {
  /** The h2 section's text and its id (the same slug the Markdown processor gives it). */
  section: string;
  anchor: string;
}

/** The sections of an MDX body that mention each code, in order, without repeats. */
export function mentionsIn(body: string): Map<string, Mention[]> {
  const slugger = new GithubSlugger();
  const found = new Map<string, Mention[]>();
  let current: Mention | undefined;
  for (const line of body.split('\n')) {
    const heading = /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      const text = (heading[2] as string).replace(/`/g, '');
      const slug = slugger.slug(text);
      if ((heading[1] as string).length === 2) current = { section: text, anchor: slug };
      continue;
    }
    if (current === undefined) continue;
    for (const match of line.matchAll(/<(?:CodeRef|ReplyLine)\s+code="(\d+)"/g)) {
      const code = match[1] as string;
      const list = found.get(code) ?? [];
      if (!list.some((m) => m.anchor === current?.anchor)) list.push(current);
      found.set(code, list);
    }
  }
  return found;
}
