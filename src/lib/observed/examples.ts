/**
 * Whether an entry's example transcript uses only lines a recorded server really sends.
 * An example that names its server (`exampleServer`) is checked line by line: each S: line
 * must have the shape of a line that server sent in a recording, or be a wording of that
 * server read in its source (for the same code) that an entry lists.
 */
import { parseTranscript } from '../transcript.ts';
import type { ObservedReply } from './replies.ts';
import { sameText, splitReplyLine, textShape } from './shapes.ts';

/** A wording an entry lists for a recorded server: the entry's code and the text. */
export interface ServerWording {
  code: string;
  text: string;
}

/** One recorded line's shape, with the code of its line (undefined on a continuation line). */
interface LineShape {
  code: string | undefined;
  shape: RegExp;
}

/** The shapes of every line one server sent in the recordings, each kept once. */
export function lineShapesOf(replies: readonly ObservedReply[], server: string): LineShape[] {
  const seen = new Map<string, LineShape>();
  for (const reply of replies.filter((r) => r.server === server)) {
    for (const line of reply.lines) {
      const { code, text } = splitReplyLine(line);
      const shape = textShape(text, reply.clientArguments);
      seen.set(`${code ?? ''} ${shape.source}`, { code, shape });
    }
  }
  return [...seen.values()];
}

/** The S: lines of an example that the server can not be shown to send, each with why. */
export function unsentExampleLines(
  example: string,
  shapes: readonly LineShape[],
  wordings: readonly ServerWording[],
): string[] {
  return parseTranscript(example)
    .filter((line) => line.speaker === 'server')
    .flatMap(({ text: line }) => {
      const { code, text } = splitReplyLine(line);
      if (shapes.some((s) => s.code === code && s.shape.test(text))) return [];
      if (code !== undefined && wordings.some((w) => w.code === code && sameText(w.text, text))) return [];
      return [line];
    });
}

/** The recorded server an example's greeting (its first 220 line) names, if any: such an example claims that server. */
export function greetedBy(example: string, servers: readonly { id: string; name: string }[]): string | undefined {
  const first = parseTranscript(example).find((l) => l.speaker === 'server' && l.text.startsWith('220'));
  if (first === undefined) return undefined;
  const greeting = first.text.toLowerCase();
  return servers.find((s) => greeting.includes(s.name.toLowerCase()))?.id;
}
