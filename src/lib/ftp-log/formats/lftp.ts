/**
 * `lftp -d` debug output: "---> " what lftp sent, "<--- " what it received, "---- " lftp's
 * own notes, "**** " its errors, and the closing "cmd: message" line of the command that
 * failed (such as "ls: Login failed: 530 ...").
 */
import type { FormatReader } from './reader.ts';

/** lftp commands that prefix its final error line. */
const COMMANDS =
  'ls|cls|get|pget|mget|put|mput|cd|mirror|cat|more|open|user|rm|mrm|mkdir|rmdir|mv|chmod|find|du|glob|nlist|quote|site';
const FINAL = new RegExp(`^(?:${COMMANDS}): `);

/** The lftp reader. */
export const lftp: FormatReader = {
  format: 'lftp',
  signature: /^(?:--->|<---|----|\*\*\*\*) /,
  read(line) {
    const m = /^(--->|<---|----|\*\*\*\*) ?(.*)$/.exec(line);
    if (m !== null) {
      const text = m[1] === '<---' ? (m[2] as string).trimEnd() : (m[2] as string).trim();
      const kind = m[1] === '--->' ? 'command' : m[1] === '<---' ? 'reply' : m[1] === '----' ? 'status' : 'error';
      return [{ kind, text }];
    }
    if (FINAL.test(line)) return [{ kind: 'error', text: line.trim() }];
    return undefined;
  },
};
