/**
 * The content lint for content/commands/: every file passes the schema and is named after
 * its command, every known command has a file, every command the code entries list gets a
 * complete reply tree, and no file explains a reply that no entry lists for its command.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readCommandFiles, listedReplies } from '../helpers/commands.ts';
import { commandEntrySchema } from '../../src/schemas/command-entry.ts';
import { formatIssues } from '../../src/lib/schema-messages.ts';
import { FTP_COMMANDS, FTP_COMMAND_NAMES, type FtpCommand } from '../../src/lib/ftp-commands.ts';
import { placementProblems, replyTree } from '../../src/lib/command-replies.ts';
import { anyCommandLine } from '../../src/data/any-command-replies.ts';
import { observedReplies } from '../../src/lib/observed-replies.ts';
import { OBSERVATIONS } from '../helpers/recordings.ts';

const files = readCommandFiles();
const listed = listedReplies();
const PLACEHOLDERS = /\b(TODO|TBD|FIXME|XXX|lorem ipsum|placeholder|coming soon)\b/i;
// RFC 1639 (LPRT, LPSV) is not among the RFC texts this project could read, so those two
// files cite what was readable instead (RFC 2428 and an implementation); see their pages.
const UNREADABLE_RFCS = new Set([1639]);

describe('content/commands', () => {
  it('has a file for every command the site knows, and no other', () => {
    assert.deepEqual(files.map((f) => f.id).sort(), [...FTP_COMMAND_NAMES].sort());
  });

  for (const file of files) {
    describe(file.file, () => {
      const result = commandEntrySchema.safeParse(file.data);
      const data = result.success ? result.data : undefined;
      const command = file.id as FtpCommand;

      it('passes the schema and is named after its command', () => {
        assert.deepEqual(result.success ? [] : formatIssues(file.file, result.error.issues), []);
        assert.equal(data?.command, file.id, `${file.file}: field "command" must equal the file name`);
      });

      it('cites the RFC section that defines the command', () => {
        const defined = FTP_COMMANDS[command];
        if (defined === undefined || UNREADABLE_RFCS.has(defined.rfc)) return;
        const cited = (data?.sources ?? []).some(
          (s) => 'rfc' in s && s.rfc === defined.rfc && s.section === defined.section,
        );
        assert.ok(cited, `${file.file}: field "sources" must cite RFC ${defined.rfc}, section ${defined.section}`);
      });

      it('explains every reply the code entries list for it, and only those', () => {
        if (data === undefined) return;
        const replies = listed.get(command) ?? [];
        const result = replyTree(command, replies, data.replies, anyCommandLine, file.file);
        assert.deepEqual([...result.problems, ...placementProblems(command, replies, data.replies, file.file)], []);
        const known = new Set(replies.map((r) => r.code));
        const stale = Object.keys(data.replies).filter((code) => !known.has(code));
        assert.deepEqual(
          stale,
          [],
          `${file.file}: field "replies" explains ${stale.join(', ')}, which no code entry lists for ${command}`,
        );
      });

      it('has no placeholder text', () => {
        assert.doesNotMatch(JSON.stringify(file.data), PLACEHOLDERS, `${file.file}: contains placeholder text`);
      });
    });
  }
});

// Replies the recorder attributes to the last command sent that are not that command's reply:
// after ABOR, the 426 that closes the aborted transfer answers the RETR before it (RFC 959,
// 4.1.3); an idle session's 421 comes unprompted, after the wait that followed SITE IDLE.
const NOT_THE_COMMANDS_REPLY = new Set(['ABOR 426', 'SITE 421']);

it('every reply a real server was recorded sending to a command is on that command page', () => {
  const missing: string[] = [];
  for (const [command, byCode] of observedReplies(OBSERVATIONS)) {
    const replies = listed.get(command as FtpCommand);
    if (replies === undefined) continue; // a command no entry lists has no page (CLNT, PRET, a made-up one)
    for (const [code, recordings] of byCode) {
      if (replies.some((r) => r.code === code) || NOT_THE_COMMANDS_REPLY.has(`${command} ${code}`)) continue;
      const where = recordings.map((r) => `${r.server}/${r.scenario}`).join(', ');
      missing.push(`${command} ${code} (recorded: ${where}): add it to the ${code} entry's serverCommands`);
    }
  }
  assert.deepEqual(missing, []);
});
