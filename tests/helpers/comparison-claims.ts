/**
 * Checks for the sentences of a comparison page, kept apart from the page scan so that unit
 * tests can show each one failing: claims about which code answers which command, checked
 * against what the entries (and recordings) know; sentences that only restate a table row;
 * and transcript captions that name a code the transcript does not end in.
 */
import { FTP_COMMAND_NAMES } from '../../src/lib/ftp-commands.ts';

/** What the checks know about the codes of one page. */
export interface ClaimContext {
  /** Every command a code is known to answer: RFC-listed, recorded from servers, or observed. */
  known: (code: string) => ReadonlySet<string>;
  /** The commands an RFC lists a code for (the entry's `commands`). */
  listed: (code: string) => ReadonlySet<string>;
  /** RFC 959 5.4, command by command. */
  rfc959: Readonly<Record<string, readonly string[] | undefined>>;
}

const COMMANDS = new Set<string>(FTP_COMMAND_NAMES);

/** The FTP command names a sentence mentions. */
export function commandsIn(sentence: string): string[] {
  return [...new Set(sentence.match(/\b[A-Z]{3,4}\b/g) ?? [])].filter((w) => COMMANDS.has(w));
}

/** The commands of a list such as "STOR, STOU and LIST" at the start of a string. */
function listAt(text: string): string[] {
  const list = /^((?:[A-Z]{3,4})(?:(?:, | and | or )[A-Z]{3,4})*)/.exec(text)?.[1] ?? '';
  return list.split(/, | and | or /).filter((c) => COMMANDS.has(c));
}

/**
 * Every false claim a sentence makes about which code answers which command: "only 450
 * answers STOR" where the other code is known for STOR, "550 does not answer STOR" where it
 * is, "no command gets both" where one does, and RFC-list sentences the RFC lists contradict.
 */
export function falseClaims(sentence: string, pair: readonly [string, string], ctx: ClaimContext): string[] {
  const out: string[] = [];
  const other = (code: string): string => (code === pair[0] ? pair[1] : pair[0]);
  // "Only 450 answers STOR": a claim about the pair's commands (a client that accepts only 230 is another matter).
  for (const m of sentence.matchAll(
    /\bonly (\d{3,5}) (?:answers?|returns?|can answer|is (?:returned|listed|sent)|comes? (?:back )?(?:to|for|after))\b[^.;]*/gi,
  )) {
    const code = m[1] as string;
    if (!pair.includes(code)) continue;
    const clash = commandsIn(m[0]).filter((c) => ctx.known(other(code)).has(c));
    if (clash.length > 0 || commandsIn(m[0]).length === 0)
      out.push(`"only ${code}" although ${other(code)} is known for ${clash.join(', ') || 'the same commands'}`);
  }
  for (const m of sentence.matchAll(
    /\b(\d{3,5}) (?:does not|doesn't|never|cannot|can't|will not) (?:answer|return|come|follow|arrive)[^.;]*/gi,
  )) {
    const clash = commandsIn(m[0]).filter((c) => ctx.known(m[1] as string).has(c));
    if (clash.length > 0) out.push(`says ${m[1]} does not answer ${clash.join(', ')}, which it is known to answer`);
  }
  if (/\bno command (?:returns|gets|is known to get|answers with) both\b/i.test(sentence)) {
    const shared = [...ctx.known(pair[0])].filter((c) => ctx.known(pair[1]).has(c));
    if (shared.length > 0) out.push(`says no command gets both, but both are known for ${shared.join(', ')}`);
  }
  for (const m of sentence.matchAll(/RFC 959 lists (\d{3}), not (\d{3}), for ([A-Z, and]+)/g)) {
    for (const c of listAt(m[3] as string)) {
      const replies = ctx.rfc959[c] ?? [];
      if (!replies.includes(m[1] as string) || replies.includes(m[2] as string))
        out.push(`RFC 959 5.4 does not list ${m[1]}, not ${m[2]}, for ${c}`);
    }
  }
  for (const m of sentence.matchAll(
    /(RFC (\d+)|The RFCs) lists? both (\d{3}) and (\d{3}) as [a-z ]*? to ([A-Z, and]+)/g,
  )) {
    for (const c of listAt(m[5] as string)) {
      const byRfc959 =
        m[2] === '959'
          ? [(ctx.rfc959[c] ?? []).includes(m[3] as string), (ctx.rfc959[c] ?? []).includes(m[4] as string)]
          : [ctx.listed(m[3] as string).has(c), ctx.listed(m[4] as string).has(c)];
      if (byRfc959.includes(false)) out.push(`${m[1]} does not list both ${m[3]} and ${m[4]} for ${c}`);
    }
  }
  return out;
}

/**
 * What a table row says wrongly about which commands get a code: a row on the commands that
 * return it ("Returned by", "RFC-listed commands") whose cell says none, where the code is
 * known for some (631 and 633 answer any command once a security exchange has completed).
 * A row about RFC lists is held to what the RFCs list, any other to everything known.
 */
export function rowClaims(
  label: string,
  cells: readonly [string, string],
  pair: readonly [string, string],
  ctx: ClaimContext,
): string[] {
  if (!/returned by|commands|answers|sent for/i.test(label)) return [];
  return pair.flatMap((code, i) => {
    const cell = cells[i] ?? '';
    if (!/^(no|none)\b/i.test(cell)) return [];
    const set = /rfc/i.test(label) ? ctx.listed(code) : ctx.known(code);
    return set.size > 0
      ? [`row "${label}: ${cell}" for ${code}, which is known for ${[...set].slice(0, 4).join(', ')}`]
      : [];
  });
}

/**
 * What each of these codes must never be called, because its class says the opposite of what
 * it means: 202 did nothing (RFC 959 4.2.1: "superfluous at this site"), and 120 says the
 * server is not ready yet, so nothing has started.
 */
const MISREAD: Readonly<Record<string, RegExp>> = {
  '202': /^(?:is a success\b[^.;]*|reports success|did what it asked|carried (?:it|the command) out)/i,
  '120': /^(?:accepts the command and starts|has started|is starting|starts the transfer)/i,
};

/** Sentences that give 202 or 120 the meaning of their class: "202 reports success", "120 ... has started". */
export function roleClaims(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(
    /\b(\d{3})(?:,| is a [a-z ]+reply(?: \(\dxx\))?:)? (?:the server |the command )?([^.;,]+)/g,
  )) {
    const pattern = MISREAD[m[1] as string];
    if (pattern !== undefined && pattern.test(m[2] as string))
      out.push(`calls ${m[1]} "${(m[2] as string).slice(0, 40)}"`);
  }
  return out;
}

/** Words that carry no fact of their own: glue, and the words every comparison uses. */
const GLUE = new Set(
  'a an the and or but of to for in on at by as is are be both each either neither while whereas its it this that these those with from than then not no one two reply replies code codes concerns concern about which what when can may also if so will has have do did all at xx ftp server servers'.split(
    ' ',
  ),
);

/**
 * The words in which the site states each row's fact (its labels and the meanings behind
 * its values), so a sentence that paraphrases a row is caught as well as one that copies it.
 */
const ROW_WORDS: Record<string, string> = {
  class:
    'class preliminary positive completion intermediate transient permanent negative failure fail success report protected started final follow command asked work sent again later same repeating unchanged must change first setup argument wrapped encoded inside decides real wait another next sequence',
  group:
    'group topic syntax command support information requests connections themselves login accounting authentication file system second digit unassigned',
  'reply type': 'type preliminary intermediate final follows ends command waits another',
  kind: 'kind standard extension rfc defined obsolete non-standard now socket error windows raised client machine network operation fail agreed meaning send some any',
  connection:
    'connection connections control data both separate carries files file listings commands replies either transfer',
  about:
    'connection connections control data both separate carries files file listings commands replies either transfer',
  retry: 'retry retries later wait continue needs nothing neither',
  'rfc-listed commands':
    'rfc listed lists list answers answer returns return returned only greeting unprompted client connects before sent arrive command commands',
  'returned by':
    'answers answer returns return returned only greeting unprompted client connects before sent arrive command commands',
};

/** The lower-case content words of a text, without numbers and glue, plurals folded. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z-]*/g) ?? [])
    .filter((w) => !GLUE.has(w) && w.length > 1)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/**
 * True when nearly every content word of a sentence comes from one table row (its label,
 * both cells and the words the site uses for that kind of fact): a sentence that says
 * nothing the row does not. A sentence needs two content words to be judged.
 */
export function restatesRow(sentence: string, rows: readonly { label: string; cells: readonly string[] }[]): boolean {
  const asCommand = (text: string): string => text.replace(/\b[A-Z]{3,4}\b/g, (w) => (COMMANDS.has(w) ? 'command' : w));
  const words = contentWords(asCommand(sentence));
  if (words.length < 2) return false;
  return rows.some((row) => {
    const have = new Set(
      contentWords(asCommand([row.label, ...row.cells, ROW_WORDS[row.label.toLowerCase()] ?? ''].join(' '))),
    );
    return words.filter((w) => have.has(w)).length / words.length >= 0.8;
  });
}

/**
 * What is wrong with a transcript caption, or undefined: "ends in X" must name the last
 * reply code, "with X" a code that appears, and "no server reply" a transcript without one.
 */
export function captionProblem(caption: string, codes: readonly string[]): string | undefined {
  if (/no server reply arrives/.test(caption))
    return codes.length === 0 ? undefined : `says no reply arrives, but ${codes.join(', ')} do`;
  const ends = /ends in (\d{3})/.exec(caption)?.[1];
  if (ends === undefined) return `names no last code: "${caption}"`;
  if (ends !== codes.at(-1)) return `says it ends in ${ends}, but the last reply is ${codes.at(-1) ?? 'none'}`;
  const shows = /with (\d{3}) that/.exec(caption)?.[1];
  if (shows !== undefined && !codes.includes(shows)) return `says it shows ${shows}, which never appears`;
  return undefined;
}
