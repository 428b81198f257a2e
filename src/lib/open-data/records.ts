/**
 * Turns the collections into the published records of /data/ (src/schemas/open-data.ts):
 * the stored facts as they are, plus what the site derives from the digits (class, group,
 * finality, retry verdict) and absolute URLs. Pure, so the build and the tests share it.
 */
import type { CodeEntryData, Source } from '../../schemas/code-entry.ts';
import type { CodeRecord, CommandRecord, CommandReplyRecord, SourceRecord } from '../../schemas/open-data.ts';
import type { CommandEntryData } from '../../schemas/command-entry.ts';
import type { ReplyTree, TreeReply } from '../command-replies.ts';
import type { Recording } from '../observed-replies.ts';
import { CLASSES, GROUPS, RETRY_VERDICTS, classOf, finalityOf, groupOf, retryVerdictOf } from '../reply-code.ts';
import { FTP_COMMANDS } from '../ftp-commands.ts';
import { PURPOSE_LABELS } from '../command-purposes.ts';
import { rfcUrl } from '../sources.ts';
import { absoluteUrl, classUrl, codeDataUrl, codeUrl, commandUrl, compareUrl, groupUrl } from '../urls.ts';

/** A citation with its link, and null instead of a missing note. */
export function sourceRecord(source: Source): SourceRecord {
  return 'rfc' in source
    ? {
        type: 'rfc',
        rfc: source.rfc,
        section: source.section,
        note: source.note ?? null,
        url: rfcUrl(source.rfc, source.section),
      }
    : { type: 'web', title: source.title, note: source.note ?? null, url: source.url };
}

/** Everything published about one code; `site` is the site's origin, e.g. "https://ftpreply.codes". */
export function codeRecord(data: CodeEntryData, site: string): CodeRecord {
  const at = (path: string): string => absoluteUrl(path, site);
  const klass = classOf(data.code);
  const group = groupOf(data.code);
  const verdict = retryVerdictOf(data.code);
  return {
    code: data.code,
    url: at(codeUrl(data.code)),
    dataUrl: at(codeDataUrl(data.code)),
    title: data.title,
    rfcText: data.rfcText ?? null,
    symbol: data.symbol ?? null,
    summary: data.summary,
    kind: data.kind,
    class:
      klass === undefined
        ? null
        : { digit: klass, name: `${klass}xx`, label: CLASSES[klass].label, url: at(classUrl(klass)) },
    group:
      group === undefined
        ? null
        : { digit: group, name: `x${group}x`, label: GROUPS[group].label, url: at(groupUrl(group)) },
    finality: finalityOf(data.code) ?? null,
    retry: { verdict, ...RETRY_VERDICTS[verdict], note: data.retryNote ?? null },
    channel: data.channel,
    greeting: data.greeting ?? false,
    commands: [...data.commands],
    serverCommands: (data.serverCommands ?? []).map((s) => ({ command: s.command, source: s.source })),
    seenWhen: data.seenWhen,
    causes: [...data.causes],
    fixClient: [...data.fixClient],
    fixServer: [...data.fixServer],
    example: data.example.trimEnd(),
    clients: {
      curl: data.clients?.curl ?? null,
      ftplib: data.clients?.ftplib ?? null,
      filezilla: data.clients?.filezilla ?? null,
      winscp: data.clients?.winscp ?? null,
    },
    wordings: (data.wordings ?? []).map((w) => ({ program: w.program, text: w.text, source: w.source })),
    myths: (data.myths ?? []).map((m) => ({ claim: m.claim, truth: m.truth })),
    sources: data.sources.map(sourceRecord),
    related: (data.related ?? []).map((r) => ({
      code: r.code,
      note: r.note,
      test: r.test ?? null,
      url: at(codeUrl(r.code)),
      compareUrl: at(compareUrl(data.code, r.code)),
    })),
  };
}

/** Where a reply sits in the exchange, from the groups of the reply tree it appears in. */
export function placementOf(code: string, tree: ReplyTree): CommandReplyRecord['placement'] {
  const inGroup = (group: TreeReply[]): boolean => group.some((r) => r.code === code);
  if (inGroup(tree.preliminary)) return 'preliminary';
  if (inGroup(tree.intermediate)) return 'intermediate';
  const after = inGroup(tree.afterPreliminary);
  const final = inGroup(tree.final);
  return after && final ? 'after-preliminary-or-final' : after ? 'after-preliminary' : 'final';
}

/** What a command's record needs besides its file and its tree. */
export interface CommandRecordContext {
  /** Code titles by code. */
  titles: ReadonlyMap<string, string>;
  /** The RFC sections that list a reply for this command. */
  listings: (code: string) => { rfc: number; section: string }[];
  /** The recordings in which a server sent a reply to this command. */
  recordings: (code: string) => readonly Recording[];
  /** The recorded package version of each server id. */
  serverVersions: ReadonlyMap<string, string>;
  /** The site's origin. */
  site: string;
}

/** Everything published about one command. */
export function commandRecord(
  data: CommandEntryData,
  tree: ReplyTree,
  replies: readonly TreeReply[],
  context: CommandRecordContext,
): CommandRecord {
  const { titles, listings, recordings, serverVersions, site } = context;
  const at = (path: string): string => absoluteUrl(path, site);
  const command = data.command;
  const defined = FTP_COMMANDS[command];
  return {
    command,
    url: at(commandUrl(command)),
    name: data.name,
    purpose: { id: data.purpose, label: PURPOSE_LABELS[data.purpose].label },
    definedIn: { rfc: defined.rfc, section: defined.section, url: rfcUrl(defined.rfc, defined.section) },
    syntax: data.syntax,
    summary: data.summary,
    description: [...data.description],
    replies: replies.map((r) => ({
      code: r.code,
      title: titles.get(r.code) ?? r.code,
      url: at(codeUrl(r.code)),
      placement: placementOf(r.code, tree),
      means: r.means,
      listedByRfc: r.rfc,
      listedIn: r.rfc ? listings(r.code).map((l) => ({ ...l, url: rfcUrl(l.rfc, l.section) })) : [],
      serverSources: [...r.serverSources],
      recordedFrom: recordings(r.code).map((rec) => ({
        server: rec.server,
        version: serverVersions.get(rec.server) ?? '',
        scenario: rec.scenario,
        description: rec.description,
      })),
      next: [...r.next],
    })),
    example: data.example.trimEnd(),
    sources: data.sources.map(sourceRecord),
  };
}
