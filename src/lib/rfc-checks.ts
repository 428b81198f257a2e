/**
 * The checks of what pages say against the facts extracted from the RFCs. Each check
 * returns problems; a problem that a listed exception matches is excused (see
 * src/data/rfc-exceptions.ts). Pure: entries, guides and facts are passed in.
 */
import { codeSubjects, commandSubjects, digitTopics, type RfcCitation, type RfcQuote } from './rfc-citations.ts';
import { findSection, isWithin, mentionsWithin, normalizeQuote, type RfcFacts } from './rfc-facts.ts';

/** The kinds of problem, one per rule. */
export type CheckName =
  | 'rfc-available'
  | 'section-exists'
  | 'section-mentions'
  | 'digit-section'
  | 'rfc-text'
  | 'rfc-quote'
  | 'rfc-listed'
  | 'rfc-backed'
  | 'greeting';

/** A finding: where, what rule, about what, and a message for people. */
export interface Problem {
  check: CheckName;
  file: string;
  rfc?: number;
  section?: string;
  code?: string;
  command?: string;
  /** The code or command a note named, for section-mentions. */
  subject?: string;
  message: string;
}

/** A problem that is known and accepted, with the reason. Every given field must match. */
export interface CheckException {
  check: CheckName;
  file?: string;
  rfc?: number;
  section?: string;
  code?: string;
  command?: string;
  subject?: string;
  /** Why this is not an error. */
  reason: string;
}

/** The facts of an entry the checks read. */
export interface EntryFacts {
  file: string;
  code: string;
  rfcText?: string | undefined;
  commands: readonly string[];
  greeting?: boolean | undefined;
  /** Every RFC citation of the entry: its sources first, then citations in its prose. */
  citations: readonly RfcCitation[];
}

/** Whether an exception excuses a problem. */
export function excuses(e: CheckException, p: Problem): boolean {
  return (
    e.check === p.check &&
    (e.file === undefined || e.file === p.file) &&
    (e.rfc === undefined || e.rfc === p.rfc) &&
    (e.section === undefined || e.section === p.section) &&
    (e.code === undefined || e.code === p.code) &&
    (e.command === undefined || e.command === p.command) &&
    (e.subject === undefined || e.subject === p.subject)
  );
}

/** Whether a code or command is mentioned by any of the sections (subsections included); a code also by its class ("any of the 4xy replies"). */
function mentionTest(
  rfc: RfcFacts,
  sections: readonly string[],
  commandNames: readonly string[],
): (name: string) => boolean {
  const all = sections
    .filter((n) => findSection(rfc, n) !== undefined)
    .map((n) => mentionsWithin(rfc, n, commandNames));
  return (name) =>
    all.some(
      (m) => m.codes.has(name) || m.commands.has(name) || (/^\d{3}$/.test(name) && m.classes.has(name.charAt(0))),
    );
}

/** The digit topics of a citation whose RFC defines them in sections other than the one cited. */
function digitProblems(c: RfcCitation, rfc: RfcFacts, at: string): { subject: string; message: string }[] {
  const family: Record<string, RegExp> = { '1st': /^\dyz$/, '2nd': /^x\dz$/, '3rd': /^xy\d$/ };
  return digitTopics(c.context).flatMap((topic) => {
    const defining = rfc.digitMeanings.filter((d) => family[topic]?.test(d.pattern) ?? d.pattern === topic);
    if (defining.length === 0 || defining.some((d) => isWithin(d.section, c.section))) return [];
    const what = topic in family ? `the ${topic} digit` : topic;
    return [
      {
        subject: topic,
        message: `${at} is cited for the meaning of ${what}, which RFC ${c.rfc} defines in section ${[...new Set(defining.map((d) => d.section))].join(' or ')}`,
      },
    ];
  });
}

/**
 * A citation names an RFC we have, a section that RFC has, and a section that mentions
 * what it is cited for. A source's note is read strictly: every code and command it names
 * must be in the section (and the entry's own code, when the note is about the reply
 * text), and a code it says is absent ("no 434") must not be. Prose is read leniently: at
 * least one code or command of the citation's clause must be there. Digit and class
 * meanings must cite the section that defines them.
 */
export function checkCitation(
  c: RfcCitation,
  file: string,
  ownCode: string | undefined,
  facts: ReadonlyMap<number, RfcFacts>,
  commandNames: readonly string[],
): Problem[] {
  const at = `${file} (${c.where}): RFC ${c.rfc} section ${c.section}`;
  const rfc = facts.get(c.rfc);
  const base = { file, rfc: c.rfc, section: c.section };
  if (rfc === undefined)
    return [{ check: 'rfc-available', ...base, message: `${at}: no extracted text of RFC ${c.rfc} to check against` }];
  if (findSection(rfc, c.section) === undefined)
    return [{ check: 'section-exists', ...base, message: `${at}: RFC ${c.rfc} has no section ${c.section}` }];
  // Prose that cites "sections 4.2 and 5.4" for one thing is right if either section has it.
  const mentions = mentionTest(rfc, c.together ?? [c.section], commandNames);
  const subjects = [...codeSubjects(c.context), ...commandSubjects(c.context, commandNames)];
  const problems: Problem[] = [];
  if (c.kind === 'source') {
    const aboutText = c.context === '' || /\breply text\b/.test(c.context);
    if (ownCode !== undefined && aboutText && !subjects.some((s) => s.name === ownCode))
      subjects.push({ name: ownCode, negated: false });
    for (const s of subjects.filter((x) => x.negated === mentions(x.name))) {
      problems.push({
        check: 'section-mentions',
        ...base,
        subject: s.name,
        message: s.negated
          ? `${at} is cited as not mentioning ${s.name}, but it does`
          : `${at} does not mention ${s.name}, which its note names`,
      });
    }
  } else {
    const positive = subjects.filter((s) => !s.negated).map((s) => s.name);
    if (positive.length > 0 && !positive.some(mentions)) {
      problems.push({
        check: 'section-mentions',
        ...base,
        subject: positive.join(' '),
        message: `${at} mentions none of ${positive.join(', ')}, which the clause citing it is about: "${c.context}"`,
      });
    }
  }
  for (const d of digitProblems(c, rfc, at)) problems.push({ check: 'digit-section', ...base, ...d });
  return problems;
}

/** The source an entry cites for its reply text: the first RFC source whose note says "reply text", else the first RFC source. */
function rfcTextCitation(entry: EntryFacts): RfcCitation | undefined {
  const sources = entry.citations.filter((c) => c.kind === 'source');
  return sources.find((c) => /\breply text\b/.test(c.context)) ?? sources[0];
}

/** The entry's rfcText appears, white space normalised, among the reply texts of the section it cites for it. */
export function checkRfcText(entry: EntryFacts, facts: ReadonlyMap<number, RfcFacts>): Problem[] {
  if (entry.rfcText === undefined) return [];
  const c = rfcTextCitation(entry);
  if (c === undefined)
    return [
      {
        check: 'rfc-text',
        file: entry.file,
        code: entry.code,
        message: `${entry.file}: rfcText has no RFC source to check it against`,
      },
    ];
  const rfc = facts.get(c.rfc);
  if (rfc === undefined) return []; // reported as rfc-available by the citation check
  const wanted = normalizeQuote(entry.rfcText);
  const lines = rfc.replyLines.filter((r) => r.code === entry.code && isWithin(r.section, c.section));
  if (lines.some((r) => r.text.includes(wanted))) return [];
  const elsewhere = rfc.replyLines
    .filter((r) => r.code === entry.code && r.text.includes(wanted))
    .map((r) => r.section);
  return [
    {
      check: 'rfc-text',
      file: entry.file,
      rfc: c.rfc,
      section: c.section,
      code: entry.code,
      message:
        `${entry.file}: rfcText "${entry.rfcText}" is not a ${entry.code} reply text of RFC ${c.rfc} section ${c.section}` +
        (elsewhere.length > 0
          ? ` (it is in section ${[...new Set(elsewhere)].join(', ')})`
          : lines.length > 0
            ? ` (there: ${lines.map((r) => `"${r.text}"`).join(' / ')})`
            : ''),
    },
  ];
}

/**
 * The entry lists every command that an extracted RFC reply list gives its code for, and
 * is marked as a greeting when RFC 959 5.4 lists it for connection establishment.
 */
export function checkListedCommands(entry: EntryFacts, facts: ReadonlyMap<number, RfcFacts>): Problem[] {
  const problems: Problem[] = [];
  const listed = new Set(entry.commands);
  const reported = new Set<string>();
  for (const rfc of facts.values()) {
    for (const list of rfc.replyLists) {
      if (!list.replies.includes(entry.code)) continue;
      if (list.command === null) {
        if (entry.greeting !== true && !reported.has('greeting')) {
          reported.add('greeting');
          problems.push({
            check: 'greeting',
            file: entry.file,
            rfc: rfc.rfc,
            section: list.section,
            code: entry.code,
            message: `${entry.file}: field "greeting" must be true (RFC ${rfc.rfc} section ${list.section} lists ${entry.code} for connection establishment)`,
          });
        }
      } else if (!listed.has(list.command) && !reported.has(list.command)) {
        reported.add(list.command);
        problems.push({
          check: 'rfc-listed',
          file: entry.file,
          rfc: rfc.rfc,
          section: list.section,
          code: entry.code,
          command: list.command,
          message: `${entry.file}: field "commands" lacks ${list.command} (RFC ${rfc.rfc} section ${list.section} lists ${entry.code} for it)`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every command in the entry's `commands` is one an extracted RFC reply list gives its
 * code for, by number or by class ("any of the 4xy replies"); others belong in
 * serverCommands, or need an exception with a reason.
 */
export function checkBackedCommands(entry: EntryFacts, facts: ReadonlyMap<number, RfcFacts>): Problem[] {
  const lists = [...facts.values()].flatMap((f) => f.replyLists);
  return entry.commands
    .filter(
      (command) =>
        !lists.some(
          (l) => l.command === command && (l.replies.includes(entry.code) || l.classes.includes(entry.code.charAt(0))),
        ),
    )
    .map((command) => ({
      check: 'rfc-backed' as const,
      file: entry.file,
      code: entry.code,
      command,
      message: `${entry.file}: field "commands" has ${command}, but no extracted RFC reply list gives ${entry.code} for ${command}; move it to serverCommands with its source, or list the RFC reason in src/data/rfc-exceptions.ts`,
    }));
}

/**
 * A reply that prose attributes to an RFC is one of that RFC's reply texts: the quoted
 * text, or for a <ReplyLine> the entry's rfcText (which the reader sees).
 */
export function checkQuote(
  q: RfcQuote,
  file: string,
  rfcTextOf: ReadonlyMap<string, string | undefined>,
  facts: ReadonlyMap<number, RfcFacts>,
): Problem[] {
  const rfc = facts.get(q.rfc);
  const base = { check: 'rfc-quote' as const, file, rfc: q.rfc, code: q.code };
  if (rfc === undefined)
    return [
      {
        ...base,
        check: 'rfc-available',
        message: `${file} (${q.where}): quotes ${q.code} from RFC ${q.rfc}, whose text is not extracted`,
      },
    ];
  const text = q.text ?? rfcTextOf.get(q.code);
  if (text === undefined)
    return [
      {
        ...base,
        message: `${file} (${q.where}): <ReplyLine code="${q.code}" /> is attributed to RFC ${q.rfc}, but entry ${q.code} has no rfcText, so the line shows its title`,
      },
    ];
  const wanted = normalizeQuote(text);
  if (rfc.replyLines.some((r) => r.code === q.code && r.text.includes(wanted))) return [];
  return [
    {
      ...base,
      message: `${file} (${q.where}): "${q.code} ${text}" is attributed to RFC ${q.rfc}, which has no such ${q.code} reply text`,
    },
  ];
}
