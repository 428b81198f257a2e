/** Splits the lines of a section into paragraphs and sentences, white space normalised. */
import { isBlank, type TextLine } from './rfc-text.ts';

/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The paragraphs of some lines (runs of non-blank lines), each as one normalised string. */
export function paragraphsOf(lines: readonly TextLine[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) out.push(normalizeSpace(current.join(' ')));
      current = [];
    } else {
      current.push(line.text);
    }
  }
  if (current.length > 0) out.push(normalizeSpace(current.join(' ')));
  return out;
}

/** The sentences of a normalised paragraph: split after ". " (or "! ", "? ") before a capital or a quote. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z"'(])/);
}
