/**
 * One plain sentence for each way two codes relate (src/lib/relation.ts). Every template
 * is written to hold for any pair the model gives it: it names the RFC and section the
 * relation rests on, and says "lists" where the RFCs list, never "only".
 */
import type { Cite, Relation, ServerShare, SocketEvent, Stage } from './relation.ts';
import { classOf } from './reply-code.ts';
import type { CodeEntryData } from '../schemas/code-entry.ts';

/** What a sentence needs to know about a code beyond the relation. */
export type TextSide = Pick<CodeEntryData, 'code' | 'title' | 'kind'>;

/** Joins items as "A", "A and B", "A, B and C" (or "or"), capped with "and N more". */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and', cap = 8): string {
  const shown = items.slice(0, cap);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown.at(-1)}`;
}

function cite(source: Cite): string {
  return `RFC ${source.rfc} ${source.section}`;
}

/** "a PASS", "an RNTO", "an ADAT": the article as the command name is read aloud. */
export function withArticle(command: string): string {
  return `${/^[AEIOR]/.test(command) ? 'an' : 'a'} ${command}`;
}

function commandList(commands: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return joinList(
    commands.filter((c) => !c.startsWith('(')),
    conjunction,
  );
}

/** The codes whose class wording would mislead, each with what it really does to the command it answers. */
const OWN_ROLES: Readonly<Record<string, string>> = {
  '110': 'marks a restart point while the transfer goes on',
  '120': 'says the server is not ready yet',
  '202': 'says the command was not needed at this site, so there was nothing to do',
  '220': 'says the server is ready for a login',
  '221': 'ends the session in good order',
  '225': 'says there was no transfer to abort',
  '421': 'ends the whole session, as the server closes the control connection',
};

/** The commands (and the greeting) to which a code's own wording belongs; other codes' wording holds for any command. */
const OWN_ROLE_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  '110': ['RETR', 'STOR', 'STOU', 'APPE'],
  '120': ['(connect)', 'REIN'],
  '220': ['(connect)', 'REIN', 'HOST'],
  '221': ['QUIT'],
  '225': ['ABOR'],
};

/**
 * What a reply does to the command it answers, as a verb phrase. The class says most of
 * it; the codes whose class wording would mislead (202, 220, 221, 421 ...) say their own.
 */
export function roleOf(code: string, stage: Stage = 'first', commands?: readonly string[]): string {
  const mine = OWN_ROLES[code];
  const scope = OWN_ROLE_COMMANDS[code];
  // A server that sends 220 to EPSV ALL (Pure-FTPd) is not greeting anyone: there the class speaks.
  const applies = commands === undefined || scope === undefined || commands.some((c) => scope.includes(c));
  if (mine !== undefined && applies) return mine;
  const closing = stage === 'closing';
  switch (classOf(code)) {
    case '1':
      return 'accepts the command and starts the transfer';
    case '2':
      return closing ? 'ends the transfer successfully' : 'reports success';
    case '3':
      return 'accepts the command so far and waits for the next one';
    case '4':
      return closing
        ? 'ends the transfer in a failure that may pass (the same command may work later)'
        : 'refuses the command for now (the same command may work later)';
    case '5':
      return closing
        ? 'ends the transfer in a failure that will not pass by itself'
        : 'refuses the command for good (the command, its argument or the setup must change)';
    case '6':
      return 'wraps the real reply, protected';
    default:
      return 'is reported by the client, not sent by the server';
  }
}

/** "when it succeeds" and so on: the outcome a reply reports for the command it answers. */
function outcomeOf(code: string): string {
  switch (classOf(code)) {
    case '1':
      return 'when the transfer starts';
    case '2':
      return 'when it succeeds';
    case '3':
      return 'when the server needs yet another step';
    case '4':
      return 'when it fails for now';
    case '5':
      return 'when it is refused';
    default:
      return 'in some sessions';
  }
}

/** How each of the three possible first lines greets the client (RFC 959 5.4). */
const GREETING_ROLES: Record<string, string> = {
  '120': 'says the server is not ready yet and will send 220 when it is',
  '220': 'says the server is ready for a login',
  '421': 'turns the client away and closes the connection',
};

const ATTEMPT: Record<SocketEvent, string> = {
  refused: 'is refused',
  'timed-out': 'gets no answer before Windows gives up',
  reset: 'is reset',
  'not-network': 'fails',
};

function alternatives(
  rel: Extract<Relation, { kind: 'alternatives' }>,
  side: (code: string) => TextSide,
  rfcOf: (codes: readonly string[], commands: readonly string[]) => string,
): string {
  const [a, b] = rel.codes;
  const commands = rel.listed.length > 0 ? rel.listed : rel.byServers.map((s) => s.command);
  const roleA = roleOf(a, rel.stage, commands);
  const roleB = roleOf(b, rel.stage, commands);
  const roles =
    roleA === roleB
      ? `each ${roleA}, for its own reason: ${a} for “${side(a).title}”, ${b} for “${side(b).title}”`
      : `${a} ${roleA}, while ${b} ${roleB}`;
  if (rel.listed.length > 0) {
    // A restart marker (110) comes after 125 or 150 too, but it is not a final reply.
    const final = classOf(a) !== '1' && classOf(b) !== '1' ? 'the final reply' : 'replies';
    const where =
      rel.stage === 'closing'
        ? `as ${final} to ${commandList(rel.listed)} once 125 or 150 has opened the transfer`
        : `as answers to ${commandList(rel.listed)}`;
    return `${rfcOf(rel.codes, rel.listed)} both ${a} and ${b} ${where}: ${roles}.`;
  }
  return `Both can answer ${joinList(commands)}, though no RFC lists both for ${commands.length > 1 ? 'them' : 'it'} (${serverUses(rel.byServers)}): ${roles}.`;
}

/**
 * Which server sends which code to which command, each program named once per code:
 * "ProFTPD 1.3.8 sends 550 to USER and PASS", "vsftpd 3.0.3 and Pure-FTPd 1.0.50 send 200 to EPSV".
 */
export function serverUses(shares: readonly ServerShare[]): string {
  const byCode = new Map<string, Map<string, string[]>>();
  for (const share of shares)
    for (const [code, programs] of Object.entries(share.programs)) {
      const byProgram = byCode.get(code) ?? new Map<string, string[]>();
      for (const program of programs) byProgram.set(program, [...(byProgram.get(program) ?? []), share.command]);
      byCode.set(code, byProgram);
    }
  const phrases = [...byCode].flatMap(([code, byProgram]) => {
    // Programs that send the code to the same commands share one phrase.
    const byCommands = Map.groupBy([...byProgram], ([, commands]) => commands.join(' '));
    return [...byCommands.values()].map((group) => {
      const programs = group.map(([program]) => program);
      return `${joinList(programs)} ${programs.length > 1 ? 'send' : 'sends'} ${code} to ${joinList(group[0]?.[1] ?? [])}`;
    });
  });
  return joinList(phrases, 'and', 4);
}

function socketView(rel: Extract<Relation, { kind: 'socket-view' }>): string {
  const { socket, reply, event } = rel;
  switch (rel.situation) {
    case 'no-greeting':
      return reply === '421'
        ? `${reply} comes from a server that accepted the connection and then turns the client away; ${socket} means the connection attempt itself ${ATTEMPT[event]}, so no reply at all arrives.`
        : `${socket} is what a Windows client reports when its connection attempt to the server ${ATTEMPT[event]}: no session starts, so ${reply === '220' ? 'the 220 greeting never arrives' : `no greeting arrives, neither ${reply} nor any other`}.`;
    case 'passive-connect':
      return `${socket} is what a Windows client reports when it connects to the port that ${reply} announced and the attempt ${ATTEMPT[event]}: the passive data connection fails on the client's side, before the server has anything to say.`;
    case 'data-connection':
      return `${reply} and ${socket} are two views of a data connection that could not be made: ${reply} is the server's reply on the control connection, ${socket} the client's own report when its attempt to reach the passive port ${ATTEMPT[event]}.`;
    case 'breaks-transfer':
      return `${socket} can cut off a transfer that ${reply} opened: a reset of the data connection breaks it part-way, so the file is incomplete whatever reply follows.`;
    case 'instead-of-final':
      return `${socket} is what a client sees instead of a clean ${reply} when the data connection is reset: in stream mode a file ends with an orderly close of that connection (RFC 959 3.4.1), so a reset means the file was cut short.`;
    case 'cut-transfer':
      return `${reply} and ${socket} can be two views of one broken transfer: the client's system reports the reset data connection as ${socket}, and the server's reply on the control connection, when one arrives, is ${reply}.`;
    case 'instead-of-close':
      return reply === '221'
        ? `221 is the orderly end of a session after QUIT; ${socket} is what the client sees when the control connection is cut with no such reply, for example because the server process died.`
        : `421 announces that the server is closing the control connection; ${socket} is what the client sees when the connection is cut without any reply, for example because the server process died.`;
  }
}

/**
 * The sentence that says how two codes relate, for any relation the model returns. `linked`
 * says that an entry relates the two by hand: then a pair the model finds no link for is
 * not called unconnected, only said not to meet in one exchange.
 */
export function relationSentence(
  rel: Relation,
  side: (code: string) => TextSide,
  rfcOf: (codes: readonly string[], commands: readonly string[]) => string,
  linked = false,
): string {
  switch (rel.kind) {
    case 'closes': {
      const { first, then } = rel;
      if (first === '120')
        return `A server that is not ready yet sends 120 first and 220 once it can take a login: ${cite(rel.source)} lists 220 after 120, both as the connection opens and after REIN.`;
      if (then === '110')
        return `110 can arrive between ${first} and the final reply: ${cite(rel.source)} lists restart markers (110) under ${first} for ${commandList(rel.commands)}, and the transfer goes on after each one.`;
      if (first === '110')
        return `${then} can come after 110: a restart marker does not end the transfer, whose final reply still follows, ${then} among them (${cite(rel.source)}).`;
      if (rel.when !== undefined)
        return `${then} can follow ${first} ${rel.when}: ${cite(rel.source)} has the server close the data connection and send ${then} after the ${first}.`;
      const how =
        classOf(then) === '2'
          ? `is how a transfer that ${first} opened ends when it succeeds`
          : `can end a transfer that ${first} opened, in failure`;
      return `${then} ${how}: ${cite(rel.source)} lists it among the replies that follow ${first} for ${commandList(rel.commands)}.`;
    }
    case 'continues': {
      const next = commandList(rel.next, 'or');
      if (rel.closing !== true)
        return `${rel.first} asks for ${rel.purpose}; ${rel.then} answers the ${next} that follows ${outcomeOf(rel.then)} (${cite(rel.source)}).`;
      // A restart marker is what REST's argument is made of (RFC 959 4.1.3, 4.2.2), in block or compressed mode.
      if (rel.then === '110')
        return `${rel.first} asks for ${rel.purpose}, from a point that REST names: in block or compressed mode, a marker that a 110 reported during the broken transfer (RFC 959 4.1.3 and 4.2.2). The ${next} that follows can report new 110 markers as it runs.`;
      const how = classOf(rel.then) === '2' ? 'ends the transfer successfully' : 'can end the transfer in failure';
      return `${rel.first} asks for ${rel.purpose}; in the ${next} that follows, once 125 or 150 has opened the transfer, ${rel.then} ${how} (${cite(rel.source)}).`;
    }
    case 'out-of-sequence':
      return `${rel.then} is the reply to ${rel.next.length === 1 ? withArticle(rel.next[0] as string) : commandList(rel.next, 'or')} sent out of order; ${rel.first}, in answer to ${commandList(rel.after, 'or')}, is what tells the client to send it (${cite(rel.source)}).`;
    case 'prepares':
      return `After ${rel.first}, ${rel.between}; ${rel.then} answers ${rel.next} that follows ${rel.when}.`;
    case 'protection': {
      // 334 and 335 ask for more security data: the exchange they belong to has not completed yet.
      const exchange = classOf(rel.first) === '3' ? `the one ${rel.first} is part of` : `the one ${rel.first} confirms`;
      return `${rel.then} can only come after a completed security data exchange, such as ${exchange}: from then on an RFC 2228 mechanism may send any reply wrapped in a ${rel.then} (${cite(rel.source)}). FTP over TLS never does.`;
    }
    case 'wraps':
      return `${rel.inner} can travel inside a ${rel.wrapper}: once a security data exchange has completed, an RFC 2228 mechanism may protect any reply, ${rel.inner} included, and send it base64-encoded as the text of a ${rel.wrapper} (${cite(rel.source)}).`;
    case 'protection-levels': {
      const [a, b] = rel.codes;
      return `${a} and ${b} are the same envelope at two protection levels: RFC 2228 pairs 631 with MIC (integrity), 632 with ENC (integrity and confidentiality) and 633 with CONF (confidentiality alone), and the decoded reply inside decides the outcome.`;
    }
    case 'greetings': {
      const [a, b] = rel.codes;
      return `Both can be the first line a server sends as the connection opens (RFC 959 5.4): ${a} ${GREETING_ROLES[a] ?? roleOf(a)}, while ${b} ${GREETING_ROLES[b] ?? roleOf(b)}.`;
    }
    case 'counterparts': {
      const [a, b] = rel.codes;
      return `${a} and ${b} do the same job in answer to different commands: each prepares the data connection for ${rel.next} that follows, ${a} in answer to ${commandList(rel.after[0], 'or')}, ${b} in answer to ${commandList(rel.after[1], 'or')}.`;
    }
    case 'alternatives':
      return alternatives(rel, side, rfcOf);
    case 'same-command':
      return `Both can answer ${commandList(rel.commands)}, at different moments: ${rel.early} as the first reply, where it ${roleOf(rel.early, 'first', rel.commands)}; ${rel.late} once 125 or 150 has opened the transfer, where it ${roleOf(rel.late, 'closing', rel.commands)}.`;
    case 'any-command': {
      const { code, other, rule } = rel;
      const but = rule.except.length > 0 ? ` but ${rule.exceptText ?? joinList(rule.except)}` : '';
      const how = rule.rfc
        ? `${rule.by} lets a server send ${code} in reply to any command${but} ${rule.when}`
        : `${rule.by} answers any command${but} with ${code} ${rule.when}`;
      const which = rel.commands.length === 1 ? 'the command' : 'the commands';
      const first = `${code} can answer ${commandList(rel.commands)}, ${which} ${other} answers: ${how}.`;
      // What each does there adds to the table only where a code's class wording would not say it.
      if (OWN_ROLES[code] === undefined && OWN_ROLES[other] === undefined) return first;
      const there = rel.commands.length === 1 ? `In reply to ${rel.commands[0] as string}` : 'In reply to them';
      return `${first} ${there}, ${other} ${roleOf(other)}, while ${code} ${roleOf(code)}.`;
    }
    case 'socket-view':
      return socketView(rel);
    case 'via-standard': {
      const what =
        side(rel.listed).kind === 'socket-error'
          ? `${rel.listed} is a Windows Sockets number that no FTP server sends; ${rel.situation}, an FTP server sends ${rel.real}`
          : `No RFC defines ${rel.listed}; ${rel.situation}, servers that follow the RFCs send ${rel.real}`;
      // One sentence: on its own, the first half only says what the table's summary does.
      const inner = relationSentence(rel.inner, side, rfcOf);
      // "Both can ..." reads "both can ...", but "RFC 959 lists ..." keeps its capitals.
      const joined = /^[A-Z][a-z]/.test(inner) ? `${inner.charAt(0).toLowerCase()}${inner.slice(1)}` : inner;
      return `${what}, and ${joined}`;
    }
    case 'listed-instead': {
      const what =
        side(rel.listed).kind === 'socket-error'
          ? `${rel.listed} is a Windows Sockets number that no FTP server sends`
          : `no RFC defines ${rel.listed}, and servers that follow the RFCs send ${rel.real} instead`;
      return `Popular code lists give ${rel.listed} for a situation in which the RFCs' reply is ${rel.real}: ${what}.`;
    }
    case 'socket-pair': {
      const [a, b] = rel.codes;
      if (rel.situation === 'connect-failures')
        return `${a} and ${b} are two ways one connection attempt can fail: 10061 is an immediate refusal from a host that is up but has nothing listening on that port, 10060 is no answer at all before Windows gives up.`;
      if (rel.situation === 'open-or-opening')
        return `10054 cuts a connection that was already open, while ${a === '10054' ? b : a} stops a connection from opening at all.`;
      return `${a} and ${b} are both Windows Sockets numbers that turn up in popular FTP error lists but describe no network condition: no FTP server sends either.`;
    }
    case 'same-class-group':
    case 'unrelated': {
      const [a, b] = rel.codes;
      const facts = 'no command is known to get both, and neither leads to the other in an exchange';
      if (linked)
        return `${a} and ${b} do not meet in one exchange: no command is known to get both, and neither leads to the other.`;
      return rel.kind === 'unrelated'
        ? `${a} and ${b} are not connected: ${facts}.`
        : `${a} and ${b} share the meaning of their first two digits but are not otherwise connected: ${facts}.`;
    }
  }
}
