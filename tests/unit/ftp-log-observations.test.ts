/**
 * The explainer over every session the observation work recorded (content/observations/:
 * curl, lftp, ftplib and raw sessions against vsftpd, ProFTPD and Pure-FTPd), each turned into
 * a C:/S: transcript: every command paired with its replies, every multi-line reply grouped,
 * and a refused command found as the first failure.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainLog } from '../../src/lib/ftp-log/explain.ts';
import type { Exchange } from '../../src/lib/ftp-log/exchanges.ts';
import { PROBE_COMMANDS } from '../../src/lib/ftp-log/commands.ts';

const ROOT = new URL('../../content/observations/', import.meta.url).pathname;
const KNOWN = new Set(
  readdirSync(new URL('../../content/codes/', import.meta.url).pathname).map((f) => f.replace(/\.mdx$/, '')),
);

interface Step {
  client?: string;
  server?: string[];
}
interface Run {
  client: string;
  transcript: Step[];
  result?: { message?: string };
}

const files = existsSync(ROOT)
  ? readdirSync(ROOT).flatMap((server) =>
      readdirSync(join(ROOT, server))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(ROOT, server, f)),
    )
  : [];

describe('recorded observation sessions, read as transcripts', () => {
  it('there are recorded sessions to read', () => assert.ok(files.length > 0, `no observations in ${ROOT}`));

  for (const file of files) {
    const observation = JSON.parse(readFileSync(file, 'utf8')) as { runs: Run[] };
    observation.runs.forEach((run, index) => {
      it(`${file.slice(ROOT.length)} run ${index + 1} (${run.client})`, () => {
        const lines = run.transcript.flatMap((step) =>
          step.client !== undefined ? [`C: ${step.client}`] : (step.server ?? []).map((l) => `S: ${l}`),
        );
        const result = explainLog(lines.join('\n'), KNOWN);
        const exchanges = result.items.filter((i): i is Exchange => i.type === 'exchange');
        const commands = run.transcript.filter((s) => s.client !== undefined).length;
        const replies = run.transcript.filter((s) => s.server !== undefined).length;
        assert.equal(exchanges.filter((e) => e.command !== undefined).length, commands, 'one exchange per command');
        assert.equal(
          exchanges.reduce((n, e) => n + e.replies.length, 0),
          replies,
          'one reply entry per server reply, multi-line ones grouped',
        );
        const firstRefusal = exchanges.find(
          (e) => e.command !== undefined && !PROBE_COMMANDS.has(e.verb) && /^[45]/.test(e.replies.at(-1)?.code ?? ''),
        );
        if (firstRefusal !== undefined) assert.equal(result.diagnosis.failure?.code, firstRefusal.replies.at(-1)?.code);
      });
    });
  }
});
