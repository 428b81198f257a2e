/**
 * The entries against the recordings of real servers (content/observations/), on the committed
 * data, with no server running: every code a server sent has a page; every wording the entries
 * attribute to a recorded server is either confirmed by a recorded reply with that code or
 * names the source and version it was read in (the page then shows it as read in the source,
 * not observed); an example that claims a recorded server uses only lines that server sends.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries } from '../helpers/entries.ts';
import { REPLIES, SERVER_NAMES } from '../helpers/recordings.ts';
import { observedCodes } from '../../src/lib/observed/catalogue.ts';
import { confirmingReplies, serverOfProgram } from '../../src/lib/observed/wordings.ts';
import { greetedBy, lineShapesOf, unsentExampleLines, type ServerWording } from '../../src/lib/observed/examples.ts';

interface Wording {
  program: string;
  text: string;
  source: string;
}
const entries = readEntries().map((e) => ({
  file: e.file,
  code: String(e.data['code']),
  example: String(e.data['example']),
  exampleServer: e.data['exampleServer'] as string | undefined,
  wordings: (e.data['wordings'] as Wording[] | undefined) ?? [],
}));
const codes = new Set(entries.map((e) => e.code));

/** Fails listing every problem once, one per line. */
function assertNone(problems: string[]): void {
  assert.ok(problems.length === 0, `${problems.length} problem(s):\n${problems.join('\n')}`);
}

/** A version number such as 3.0.3, 1.3.8 or 1.3.7f. */
const VERSION = /\b\d+\.\d+(?:\.\d+)*[a-z]?\b/;

describe('entries against the recordings of real servers', () => {
  it('has recordings to check against', () => {
    assert.ok(REPLIES.length > 0 && SERVER_NAMES.length === 3, 'no recorded replies or servers found');
  });

  it('has a page for every code a recorded server sent', () => {
    const missing = observedCodes(REPLIES)
      .filter((c) => !codes.has(c))
      .map((c) => {
        const r = REPLIES.find((x) => x.code === c);
        return `${c} (${r?.server}, ${r?.scenario}: ${r?.lines[0]})`;
      });
    assertNone(missing);
  });

  it('confirms each wording of vsftpd, ProFTPD and Pure-FTPd by a recorded reply, or names the source and version it was read in', () => {
    const problems = entries.flatMap((e) =>
      e.wordings.flatMap((w, i) => {
        const server = serverOfProgram(w.program, SERVER_NAMES);
        if (server === undefined || confirmingReplies(REPLIES, server, e.code, w.text).length > 0) return [];
        return VERSION.test(w.source)
          ? []
          : [
              `${e.file}: wordings[${i}] "${w.text}" (${w.program}) matches no recorded ${e.code} of ${server}, and its source "${w.source}" names no version`,
            ];
      }),
    );
    assertNone(problems);
  });

  it('names the server an example greets as, so its lines are checked', () => {
    const problems = entries.flatMap((e) => {
      const greeted = greetedBy(e.example, SERVER_NAMES);
      return greeted !== undefined && greeted !== e.exampleServer
        ? [`${e.file}: the example's greeting is ${greeted}'s; set exampleServer: ${greeted}`]
        : [];
    });
    assertNone(problems);
  });

  it('uses in an example that claims a recorded server only lines that server sends', () => {
    const problems = entries.flatMap((e) => {
      if (e.exampleServer === undefined) return [];
      const server = e.exampleServer;
      const wordings: ServerWording[] = entries.flatMap((x) =>
        x.wordings
          .filter((w) => serverOfProgram(w.program, SERVER_NAMES) === server)
          .map((w) => ({ code: x.code, text: w.text })),
      );
      return unsentExampleLines(e.example, lineShapesOf(REPLIES, server), wordings).map(
        (line) => `${e.file}: "S: ${line}" is not a line ${server} sends (in the recordings or its listed wordings)`,
      );
    });
    assertNone(problems);
  });
});
