/**
 * A raw transcript: replies as "220 ..." and commands as "USER ...", or the same lines after
 * "C:" and "S:" (also "C>" and "S>", "Client:" and "Server:"). A single pasted reply is read
 * the same way.
 */
import type { FormatReader } from './reader.ts';
import { replyCodeOf } from './reader.ts';
import { isCommandVerb } from '../commands.ts';

const PREFIX = /^(C|S|Client|Server)\s*[:>]\s?(.*)$/i;

/** The transcript reader. */
export const transcript: FormatReader = {
  format: 'transcript',
  signature: /^(?:(?:C|S|Client|Server)\s*[:>]\s?\S|[1-6]\d\d[ -]\S)/i,
  read(line) {
    const prefixed = PREFIX.exec(line);
    if (prefixed !== null) {
      const server = (prefixed[1] as string).toUpperCase().startsWith('S');
      return [{ kind: server ? 'reply' : 'command', text: (prefixed[2] as string).trimEnd() }];
    }
    const text = line.trimEnd();
    if (replyCodeOf(text) !== undefined) return [{ kind: 'reply', text }];
    if (isCommandVerb(text.split(' ')[0] ?? '')) return [{ kind: 'command', text }];
    return undefined;
  },
};
