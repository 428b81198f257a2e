/**
 * A recorded run's transcript as the C:/S: lines the example transcripts use, so both are
 * drawn by the same component. Each line of a multi-line reply becomes its own S: line.
 */
import type { ObservedTranscriptItem } from '../../schemas/observation.ts';
import type { TranscriptLine } from '../transcript.ts';

/** A transcript line that may belong to the reply the scenario is about. */
export interface RecordedLine extends TranscriptLine {
  focus?: boolean;
}

/** The lines of a recorded transcript, in order; a note on a sent command follows it as an event. */
export function recordedLines(items: readonly ObservedTranscriptItem[]): RecordedLine[] {
  return items.flatMap((item): RecordedLine[] => {
    if ('client' in item)
      return [
        { speaker: 'client', text: item.client },
        ...(item.note !== undefined ? [{ speaker: 'event' as const, text: item.note }] : []),
      ];
    if ('server' in item)
      return item.server.map((text) => ({
        speaker: 'server' as const,
        text,
        ...(item.focus === true ? { focus: true } : {}),
      }));
    return [{ speaker: 'event', text: item.event }];
  });
}
