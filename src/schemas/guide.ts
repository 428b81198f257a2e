/** The front matter of a guide in content/guides/. Strict: an unknown key is an error. */
import { z } from 'astro/zod';

/** The schema of one guide. */
export const guideSchema = z.strictObject({
  /** The page title and h1. */
  title: z.string().trim().min(5).max(90),
  /** The meta description: one or two sentences of this guide's own. */
  description: z.string().trim().min(40).max(220),
  /** A short line shown under the title and in guide lists. */
  lead: z.string().trim().min(20).max(260),
  /** Position in guide lists (1 first). */
  order: z.number().int().positive(),
});
