/** Memoised queries over the guides collection, and where each guide mentions each code. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { mentionsIn } from '../lib/guide-mentions.ts';
import { guideUrl } from '../lib/urls.ts';

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

/** Every guide, in reading order. */
export function getGuides(): Promise<GuideEntry[]> {
  guides ??= getCollection('guides').then((all) => all.sort((a, b) => a.data.order - b.data.order));
  return guides;
}

/** For each code, the guide sections that mention it. */
export function getGuideLinks(): Promise<Map<string, GuideLink[]>> {
  links ??= getGuides().then((all) => {
    const out = new Map<string, GuideLink[]>();
    for (const guide of all) {
      for (const [code, mentions] of mentionsIn(guide.body ?? '')) {
        const list = out.get(code) ?? [];
        for (const m of mentions) list.push({ guide: guide.data.title, section: m.section, href: `${guideUrl(guide.id)}#${m.anchor}` });
        out.set(code, list);
      }
    }
    return out;
  });
  return links;
}
