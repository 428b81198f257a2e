/**
 * Extracts the facts of one RFC from its text, as the spec for that RFC directs:
 * sections with what each mentions, reply lines, digit meanings and reply lists.
 * Throws, naming the RFC and section, when the text does not have what the spec expects.
 */
import type { RfcDigitMeaning, RfcFacts, RfcReplyList, RfcSection } from '../../src/lib/rfc-facts.ts';
import { cleanRfcText, type TextLine } from './rfc-text.ts';
import { findSections, type Section } from './sections.ts';
import { mentionedClasses, mentionedCodes, mentionedCommands } from '../../src/lib/rfc-mentions.ts';
import { normalizeSpace } from './paragraphs.ts';
import { dialogueReplies, exampleStrings, quotedReplies, replyListLines } from './reply-lines.ts';
import {
  abnfReplies,
  abnfRules,
  commandBlockLists,
  diagramLists,
  DIGIT_DEFINITION,
  proseReplies,
  tableLists,
} from './reply-lists.ts';
import type { RfcSpec } from './spec.ts';

/** The digit patterns a section defines, with the label up to " - " or the end of the line. */
function digitMeanings(lines: readonly TextLine[], section: string): RfcDigitMeaning[] {
  return lines.flatMap((line) => {
    const m = DIGIT_DEFINITION.exec(line.text);
    if (m === null) return [];
    const label = normalizeSpace((m[2] ?? '').split(/\s+-\s+/)[0] ?? '').replace(/[.,]$/, '');
    return [{ section, pattern: m[1] ?? '', label }];
  });
}

/** Extracts one RFC's facts from its text. */
export function extractRfc(text: string, spec: RfcSpec, commandNames: readonly string[]): RfcFacts {
  const lines = cleanRfcText(text);
  const found = findSections(lines);
  const own = (s: Section): TextLine[] => lines.slice(s.start, s.end);
  const body = (s: Section): TextLine[] => lines.slice(s.bodyStart, s.end);
  const byNumber = (number: string): Section => {
    const s = found.find((x) => x.number === number);
    if (s === undefined)
      throw new Error(`RFC ${spec.rfc}: the spec names section ${number}, which the text does not have`);
    return s;
  };
  const titleOf = (number: string): string => {
    // A section's headings and its ancestors' headings say what it is about ("3.2 Error Responses" under "3 ... (MDTM)").
    return found
      .filter((x) => number === x.number || number.startsWith(`${x.number}.`))
      .map((x) => x.heading)
      .join(' ');
  };

  const sections: RfcSection[] = found.map((s) => {
    const text = own(s)
      .map((l) => l.text)
      .join('\n');
    return {
      number: s.number,
      heading: normalizeSpace(s.heading),
      codes: mentionedCodes(text),
      commands: mentionedCommands(text, commandNames),
      classes: mentionedClasses(text),
    };
  });

  const allReplyLines = [
    ...spec.replyListSections.flatMap((n) => replyListLines(body(byNumber(n)), n)),
    ...spec.examples.flatMap(({ section, code }) => exampleStrings(body(byNumber(section)), section, code)),
    ...found.flatMap((s) => dialogueReplies(body(s), s.number)),
    ...found.flatMap((s) => quotedReplies(body(s), s.number)),
  ];
  // The same quotation twice in one section is one fact.
  const replyLines = [...new Map(allReplyLines.map((r) => [JSON.stringify(r), r])).values()];
  for (const n of spec.replyListSections) {
    if (!replyLines.some((r) => r.section === n && r.form === 'list'))
      throw new Error(`RFC ${spec.rfc} section ${n}: no reply lines found`);
  }
  for (const { section } of spec.examples) {
    if (!replyLines.some((r) => r.section === section && r.form === 'example'))
      throw new Error(`RFC ${spec.rfc} section ${section}: no example strings found`);
  }

  const rules = abnfRules(lines);
  const replyLists: RfcReplyList[] = spec.replyLists.flatMap((rule): RfcReplyList[] => {
    const s = byNumber(rule.section);
    const mentioned = new Set(
      mentionedCommands(
        `${titleOf(rule.section)}\n${body(s)
          .map((l) => l.text)
          .join('\n')}`,
        commandNames,
      ),
    );
    const needMention = (command: string): void => {
      if (!mentioned.has(command))
        throw new Error(
          `RFC ${spec.rfc} section ${rule.section}: the spec says it lists replies for ${command}, which it does not mention`,
        );
    };
    let lists: RfcReplyList[];
    switch (rule.kind) {
      case 'table':
        lists = tableLists(body(s), rule.section, commandNames);
        break;
      case 'command-blocks':
        lists = commandBlockLists(body(s), rule.section);
        break;
      case 'diagram':
        lists = diagramLists(body(s), rule.section, commandNames);
        break;
      case 'abnf': {
        needMention(rule.command);
        lists = [{ section: rule.section, command: rule.command, ...abnfReplies(rules, rule.rule), from: 'abnf' }];
        break;
      }
      case 'prose': {
        rule.commands.forEach(needMention);
        const { replies, classes } = proseReplies(body(s), rule.sentence);
        lists = rule.commands.map((command) => ({
          section: rule.section,
          command,
          replies,
          classes,
          from: 'prose' as const,
        }));
        break;
      }
    }
    if (lists.length === 0 || lists.every((l) => l.replies.length === 0 && l.classes.length === 0)) {
      throw new Error(`RFC ${spec.rfc} section ${rule.section}: no replies found (${rule.kind})`);
    }
    return lists;
  });

  return {
    rfc: spec.rfc,
    file: spec.file,
    sections,
    replyLines,
    digitMeanings: found.flatMap((s) => digitMeanings(body(s), s.number)),
    replyLists,
  };
}
