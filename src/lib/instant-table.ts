/**
 * The instant-answer table: for every code, what a reader might type or paste that names
 * it (its title, its RFC reply text, its Winsock symbol, the wordings real programs print).
 * The search box loads it on first use and answers from it before the full-text index has
 * loaded, so it holds only short strings and no prose.
 */
import { plainText } from './inline-markup.ts';

/** One wording as a program prints it. */
export interface InstantWording {
  /** The text exactly as printed, e.g. "Use PORT or PASV first." */
  text: string;
  /** Who prints it, e.g. "vsftpd". */
  program: string;
}

/** One code's row. */
export interface InstantCode {
  code: string;
  title: string;
  /** The defining RFC's reply text, when there is one. */
  reply?: string;
  /** For socket errors: the Winsock symbol. */
  symbol?: string;
  wordings: InstantWording[];
}

/** The whole table, as served at instantTableUrl(). */
export interface InstantTable {
  codes: InstantCode[];
}

/** The facts of an entry that the table reads (a subset of the front matter). */
export interface InstantSource {
  code: string;
  title: string;
  rfcText?: string | undefined;
  symbol?: string | undefined;
  wordings?: { program: string; text: string }[] | undefined;
}

/** The table of a collection, in the order given; repeated wordings of one code are kept once. */
export function instantTableOf(entries: readonly InstantSource[]): InstantTable {
  return {
    codes: entries.map((e) => {
      const seen = new Set<string>();
      const wordings = (e.wordings ?? []).flatMap((w) => {
        const text = plainText(w.text);
        if (seen.has(text)) return [];
        seen.add(text);
        return [{ text, program: w.program }];
      });
      return {
        code: e.code,
        title: plainText(e.title),
        ...(e.rfcText !== undefined ? { reply: plainText(e.rfcText) } : {}),
        ...(e.symbol !== undefined ? { symbol: e.symbol } : {}),
        wordings,
      };
    }),
  };
}
