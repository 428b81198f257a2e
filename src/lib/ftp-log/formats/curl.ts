/**
 * `curl -v` output: "> " what curl sent, "< " what it received, "* " curl's own notes,
 * "{ [6 bytes data]" data markers, and the closing "curl: (N) message" line with curl's exit
 * code. Without -s, curl's progress meter shares lines with the verbose output (the meter
 * redraws with a carriage return, which a paste turns into one long line); it is cut off.
 */
import type { FormatReader } from './reader.ts';

/** One progress meter row: percentages, sizes, speeds and three times. */
const METER =
  /^(?:\s*\d{1,3}\s+[\d.]+[kMGTP]?\s+\d{1,3}\s+[\d.]+[kMGTP]?\s+\d{1,3}\s+[\d.]+[kMGTP]?\s+[\d.]+[kMGTP]?\s+[\d.]+[kMGTP]?\s+[-\d:]+\s+[-\d:]+\s+[-\d:]+\s+[\d.]+[kMGTP]?)+/;
const HEADER = /^\s*(?:% Total\s+% Received|Dload\s+Upload)/;

/** Removes the progress meter from the start of a line. */
function withoutMeter(line: string): string {
  return line.replace(METER, '').trimStart();
}

/** The curl reader. */
export const curl: FormatReader = {
  format: 'curl',
  signature: /^(?:[<>*] |[{}] \[\d+ bytes data\]|curl: \(\d+\) )|\d\*\s+Trying /,
  read(raw) {
    if (HEADER.test(raw)) return [{ kind: 'context', text: raw.trim() }];
    const line = withoutMeter(raw);
    if (line === '') return raw.trim() === '' ? undefined : [{ kind: 'context', text: raw.trim() }];
    const exit = /^curl: \(\d+\) /.exec(line);
    if (exit !== null) return [{ kind: 'error', text: line.trimEnd() }];
    const mark = line[0];
    if (line[1] === ' ' || line.length === 1) {
      const text = line.slice(2).trimEnd();
      if (mark === '>') return [{ kind: 'command', text }];
      if (mark === '<') return [{ kind: 'reply', text }];
      if (mark === '*') return [{ kind: 'status', text: text.trimStart() }];
      if (mark === '{' || mark === '}') return [{ kind: 'context', text: line.trimEnd() }];
    }
    return undefined;
  },
};
