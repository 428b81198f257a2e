/** Memoised queries over the guides collection, and where each guide mentions each code. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { commandMentionsIn, mentionsIn, type Mention } from '../lib/guide-mentions.ts';
import { FTP_COMMAND_NAMES } from '../lib/ftp-commands.ts';
import { guideUrl, sectionUrl } from '../lib/urls.ts';

/** One guide entry. */
export type GuideEntry = CollectionEntry<'guides'>;

/** A link from a code page to a guide section that mentions the code. */
export interface GuideLink {
  guide: string;
  section: string;
  href: string;
}

let guides: Promise<GuideEntry[]> | undefined;
let links: Promise<Map<string, GuideLink[]>> | undefined;
let commandLinks: Promise<Map<string, GuideLink[]>> | undefined;

/** Every guide, in reading order. */
export function getGuides(): Promise<GuideEntry[]> {
  guides ??= getCollection('guides').then((all) => all.sort((a, b) => a.data.order - b.data.order));
  return guides;
}

/** Turns each guide's mentions (by code or command) into links, guide by guide in reading order. */
function linksBy(all: GuideEntry[], find: (body: string) => Map<string, Mention[]>): Map<string, GuideLink[]> {
  const out = new Map<string, GuideLink[]>();
  for (const guide of all) {
    for (const [key, mentions] of find(guide.body ?? '')) {
      const list = out.get(key) ?? [];
      for (const m of mentions)
        list.push({ guide: guide.data.title, section: m.section, href: sectionUrl(guideUrl(guide.id), m.anchor) });
      out.set(key, list);
    }
  }
  return out;
}

/** For each code, the guide sections that mention it. */
export function getGuideLinks(): Promise<Map<string, GuideLink[]>> {
  links ??= getGuides().then((all) => linksBy(all, mentionsIn));
  return links;
}

/** For each FTP command, the guide sections that use it. */
export function getGuideCommandLinks(): Promise<Map<string, GuideLink[]>> {
  commandLinks ??= getGuides().then((all) => linksBy(all, (body) => commandMentionsIn(body, FTP_COMMAND_NAMES)));
  return commandLinks;
}
