/**
 * The recordings of real servers (content/observations/, content/servers/), read once per
 * build: which replies each command got, and each server's name and exact package version.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { observedReplies, type Recording } from '../lib/observed-replies.ts';

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
