/**
 * Memoised queries over the recordings of real servers (the observations and servers
 * collections, content/observations/ and content/servers/): read once per build and shared by
 * the command pages (which replies each command got), the code pages and /servers/ (every
 * reply, client outcome and scenario) and the search box's instant answers.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { observedReplies, type Recording } from '../lib/observed-replies.ts';
import type { Observation, ObservedServer } from '../schemas/observation.ts';
import { OBSERVED_SERVERS } from '../schemas/observation.ts';
import { allReplies, replyTextLines, upstreamVersion, type ObservedReply } from '../lib/observed/replies.ts';
import { clientOutcomes, type ClientOutcome } from '../lib/observed/outcomes.ts';
import { confirmingReplies, serverOfProgram } from '../lib/observed/wordings.ts';

/** One recording. */
export type ObservationEntry = CollectionEntry<'observations'>;
/** One recorded server's setup. */
export type ServerEntry = CollectionEntry<'servers'>;

let recordings: Promise<ObservationEntry[]> | undefined;
let servers: Promise<ServerEntry[]> | undefined;
let replies: Promise<Map<string, Map<string, Recording[]>>> | undefined;

/** Every recording, by server then scenario. */
export function getObservations(): Promise<ObservationEntry[]> {
  recordings ??= getCollection('observations').then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
  return recordings;
}

/** Every recorded server, by id. */
export function getServers(): Promise<ServerEntry[]> {
  servers ??= getCollection('servers').then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
  return servers;
}

/** By command, then by reply code: the recordings in which a server sent that reply. */
export function getObservedReplies(): Promise<Map<string, Map<string, Recording[]>>> {
  replies ??= getObservations().then((all) => observedReplies(all.map((o) => o.data)));
  return replies;
}

/** "vsftpd 3.0.3-13+b2" for each server id: the name and the exact Debian package version recorded. */
export async function getServerLabels(): Promise<Map<string, string>> {
  return new Map((await getServers()).map((s) => [s.id, `${s.data.name} ${s.data.version}`]));
}

/** A recorded server with the upstream version readers know ("3.0.3" for Debian's "3.0.3-13+b2"). */
export interface ServerInfo extends ObservedServer {
  upstream: string;
  /** "vsftpd 3.0.3", as pages name it. */
  label: string;
}

/** Everything the site derives from the recordings, computed once. */
export interface Recordings {
  observations: Observation[];
  /** The servers, in the fixed order vsftpd, ProFTPD, Pure-FTPd. */
  servers: ServerInfo[];
  /** Every reply of every run. */
  replies: ObservedReply[];
  /** Every failure a client reported. */
  outcomes: ClientOutcome[];
  /** How many distinct scenarios were recorded. */
  scenarioCount: number;
}

let cache: Promise<Recordings> | undefined;

/** The recordings, loaded and indexed once per build. */
export function getRecordings(): Promise<Recordings> {
  cache ??= Promise.all([getObservations(), getServers()]).then(([observationEntries, serverEntries]) => {
    const observations = observationEntries
      .map((e) => e.data)
      .sort((a, b) => a.order - b.order || a.server.localeCompare(b.server));
    const servers = OBSERVED_SERVERS.flatMap((id) => serverEntries.filter((e) => e.data.id === id)).map((e) => {
      const upstream = upstreamVersion(e.data.version);
      return { ...e.data, upstream, label: `${e.data.name} ${upstream}` };
    });
    const scenarioCount = new Set(observations.map((o) => o.scenario)).size;
    return {
      observations,
      servers,
      replies: allReplies(observations),
      outcomes: clientOutcomes(observations),
      scenarioCount,
    };
  });
  return cache;
}

/** One text a recorded server sent, as the search box's instant answers take it. */
export interface ObservedText {
  /** One line of a reply without its code, e.g. "Failed to open file." (placeholders such as <port> kept). */
  text: string;
  /** Who sent it, with the version recorded, e.g. "vsftpd 3.0.3". */
  program: string;
}

/**
 * For each code, every distinct line of text the recorded servers sent with it: each line of a
 * reply that starts with the code, on its own (a line pasted into search is one line); the
 * bare continuation lines of FEAT or HELP lists are left out, as no one searches for " EPSV".
 */
export async function getObservedTexts(): Promise<Map<string, ObservedText[]>> {
  const { replies, servers } = await getRecordings();
  const label = new Map(servers.map((s) => [s.id, s.label]));
  const out = new Map<string, ObservedText[]>();
  for (const reply of replies) {
    const program = label.get(reply.server) ?? reply.server;
    const list = out.get(reply.code) ?? [];
    const texts = replyTextLines(reply.lines).filter((_, i) => reply.lines[i]?.startsWith(reply.code) === true);
    for (const text of texts.map((t) => t.trim()).filter((t) => t !== '')) {
      if (!list.some((t) => t.text === text && t.program === program)) list.push({ text, program });
    }
    out.set(reply.code, list);
  }
  return out;
}

/** The wordings of an entry that no recording confirms: other programs', and recorded servers' that no reply matched. */
export async function unconfirmedWordings<W extends { program: string; text: string }>(
  code: string,
  wordings: readonly W[],
): Promise<W[]> {
  const { replies, servers } = await getRecordings();
  return wordings.filter((w) => {
    const server = serverOfProgram(w.program, servers);
    return server === undefined || confirmingReplies(replies, server, code, w.text).length === 0;
  });
}
