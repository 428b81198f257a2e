/**
 * How two codes relate, worked out from the RFCs' command-reply sequences and the facts of
 * each entry: one can follow the other in one exchange, both answer the same command, one is
 * what a client shows when the other never arrives, or nothing connects them. Pure: the
 * sequence tables come in as an argument (src/data/exchange-steps.ts), so tests can use their own.
 */
import { classOf, groupOf } from './reply-code.ts';
import type { CodeKind } from '../schemas/code-entry.ts';

/** An RFC and section that a relation rests on. */
export interface Cite {
  rfc: number;
  section: string;
}

/** A command a server answers with a code although no RFC lists it for that command. */
export interface ServerUse {
  command: string;
  /** The program seen doing it, e.g. "vsftpd". */
  program: string;
}

/** The facts of one code that the relation model reads. */
export interface RelationSide {
  code: string;
  title: string;
  kind: CodeKind;
  /** The Winsock symbol of a socket error. */
  symbol?: string | undefined;
  /** True when the server may send it as the first line, before any command. */
  greeting: boolean;
  /** The commands an RFC lists the code for. */
  commands: readonly string[];
  /** Commands servers answer with the code beyond the RFC lists. */
  serverCommands: readonly ServerUse[];
}

/** Replies that close what an opening (1yz) reply began, for some commands. */
export interface ClosingRule {
  commands: readonly string[];
  opening: readonly string[];
  replies: readonly string[];
  /** True when the RFC lists these replies for these commands only after the opening reply. */
  exclusive: boolean;
  /** When the rule is about one condition, that condition as a clause: "when the TLS ... fails". */
  when?: string;
  /** True when the RFC implies the place rather than listing it: it sets the stage, but no sentence cites it. */
  stageOnly?: boolean;
  source: Cite;
}

/** An intermediate reply that asks for one more command. */
export interface Continuation {
  code: string;
  /** The commands it answers. */
  after: readonly string[];
  /** The command(s) the client sends next. */
  next: readonly string[];
  /** What that next command supplies, as a noun phrase: "the password". */
  purpose: string;
  source: Cite;
}

/** A completion reply that prepares the next command (PASV's 227, PORT's 200, the greeting). */
export interface Setup {
  code: string;
  after: readonly string[];
  /** The command that follows, as a noun phrase: "the transfer command". */
  next: string;
  /** What happens between the two, as a clause: "the client connects to ...". */
  between: string;
  /** The replies to the next command that this setup decides, each with when it comes. */
  outcomes: readonly { code: string; when: string }[];
  source: Cite;
}

/** What a Windows socket error stands for on the wire. */
export type SocketEvent = 'refused' | 'timed-out' | 'reset' | 'not-network';

/** How a socket error and an FTP reply can meet in one session. */
export type SocketSituation =
  | 'no-greeting'
  | 'passive-connect'
  | 'data-connection'
  | 'breaks-transfer'
  | 'instead-of-final'
  | 'cut-transfer'
  | 'instead-of-close';

/** A socket event next to the replies it replaces or accompanies. */
export interface SocketView {
  events: readonly SocketEvent[];
  replies: readonly string[];
  situation: SocketSituation;
}

/**
 * A reply that can answer any command, by an RFC's rule (RFC 959 4.2.2 for 421) or by what a
 * server is known to do (vsftpd's 530 before login), though the RFC lists name it for some only.
 */
export interface AnyCommandRule {
  code: string;
  /** The commands the rule leaves out. */
  except: readonly string[];
  /** Who makes the rule, as cited on the page: "RFC 959 4.2.2", "vsftpd 3.0.3 (prelogin.c)". */
  by: string;
  /** True when an RFC makes the rule; false when it is what a server is known to do. */
  rfc: boolean;
  /** When it applies, as a clause: "when it knows it must shut down". */
  when: string;
  /** The exceptions as the page words them, when a bare list would not be exact. */
  exceptText?: string;
}

/** A code that popular lists give for a situation in which real servers send another. */
export interface ListedInstead {
  code: string;
  instead: readonly string[];
  /** For each standard reply, the situation as a phrase ("for a failed login") and its commands (or "(connect)"). */
  context: Readonly<Record<string, { situation: string; commands: readonly string[] }>>;
}

/** The sequence tables the model reads. */
export interface ExchangeSteps {
  closing: readonly ClosingRule[];
  continuations: readonly Continuation[];
  setups: readonly Setup[];
  protection: {
    enablers: readonly string[];
    wrappers: readonly string[];
    setupReplies: readonly string[];
    source: Cite;
  };
  greeting: readonly string[];
  outOfSequence: string;
  socketEvents: Readonly<Record<string, SocketEvent>>;
  socketViews: readonly SocketView[];
  listedInstead: readonly ListedInstead[];
  /** Replies the RFC places after 125 or 150 that servers also send as the first reply, instead of them. */
  alsoFirst: readonly string[];
  /** Replies that can answer any command, beyond the commands the RFC lists name them for. */
  anyCommand: readonly AnyCommandRule[];
}

/** Where in an exchange a reply answers a command: at once, or after 125/150 at the end. */
export type Stage = 'first' | 'closing';

/** One way two codes relate. `first` and `then` keep the order of the exchange. */
export type Relation =
  | { kind: 'closes'; first: string; then: string; commands: string[]; when?: string | undefined; source: Cite }
  | {
      kind: 'continues';
      first: string;
      then: string;
      next: string[];
      purpose: string;
      /** True when `then` comes only once 125 or 150 has opened the transfer the next command starts. */
      closing?: boolean;
      source: Cite;
    }
  | { kind: 'out-of-sequence'; first: string; then: string; after: string[]; next: string[]; source: Cite }
  | {
      kind: 'prepares';
      first: string;
      then: string;
      after: string[];
      next: string;
      between: string;
      when: string;
      source: Cite;
    }
  | { kind: 'protection'; first: string; then: string; source: Cite }
  | { kind: 'wraps'; wrapper: string; inner: string; source: Cite }
  | { kind: 'protection-levels'; codes: [string, string]; source: Cite }
  | { kind: 'greetings'; codes: [string, string] }
  | { kind: 'counterparts'; codes: [string, string]; after: [string[], string[]]; next: string }
  | { kind: 'alternatives'; codes: [string, string]; stage: Stage; listed: string[]; byServers: ServerShare[] }
  | { kind: 'same-command'; codes: [string, string]; commands: string[]; early: string; late: string }
  | { kind: 'any-command'; code: string; other: string; commands: string[]; rule: AnyCommandRule }
  | { kind: 'socket-view'; socket: string; reply: string; situation: SocketSituation; event: SocketEvent }
  | { kind: 'listed-instead'; listed: string; real: string }
  | { kind: 'via-standard'; listed: string; real: string; other: string; situation: string; inner: Relation }
  | { kind: 'socket-pair'; codes: [string, string]; situation: 'connect-failures' | 'open-or-opening' | 'not-network' }
  | { kind: 'same-class-group'; codes: [string, string] }
  | { kind: 'unrelated'; codes: [string, string] };

/** A command both codes answer where at least one of them is known only from servers. */
export interface ServerShare {
  command: string;
  /** For each code answered only by servers here, the programs seen doing it. */
  programs: Record<string, string[]>;
}

/** Front matter as an entry holds it: server uses carry a source line rather than a program. */
export interface SideData {
  code: string;
  title: string;
  kind: RelationSide['kind'];
  symbol?: string | undefined;
  greeting?: boolean | undefined;
  commands: readonly string[];
  serverCommands?: readonly { command: string; source: string }[] | undefined;
}

/**
 * The programs a source line names: "ProFTPD 1.3.8, mod_xfer.c" gives ["ProFTPD 1.3.8"], and
 * "recorded from vsftpd 3.0.3 and ProFTPD 1.3.8: EPSV ALL" gives both recorded servers.
 */
export function programsOf(source: string): string[] {
  if (/^recorded from /i.test(source)) {
    const head = source.split(/[:(]/)[0] ?? source;
    const names = [...head.matchAll(/\b(?:vsftpd|ProFTPD|Pure-FTPd)(?: \d[\w.]*)?/g)].map((m) => m[0]);
    if (names.length > 0) return names;
  }
  return [(source.split(/[,(]/)[0] ?? source).trim()];
}

/** The relation side of an entry's front matter. */
export function relationSideFromData(data: SideData): RelationSide {
  return {
    code: data.code,
    title: data.title,
    kind: data.kind,
    symbol: data.symbol,
    greeting: data.greeting === true,
    commands: data.commands,
    serverCommands: (data.serverCommands ?? []).flatMap((s) =>
      programsOf(s.source).map((program) => ({ command: s.command, program })),
    ),
  };
}

/** The commands a side answers: RFC-listed, then server-only. */
function answers(side: RelationSide, command: string): 'rfc' | 'server' | undefined {
  if (side.commands.includes(command)) return 'rfc';
  return side.serverCommands.some((s) => s.command === command) ? 'server' : undefined;
}

/** Whether `code` closes a transfer for `command` (RFC 959 5.4 indents it under 125/150). */
export function stageOf(code: string, command: string, steps: ExchangeSteps): Stage {
  return steps.closing.some((r) => r.exclusive && r.commands.includes(command) && r.replies.includes(code))
    ? 'closing'
    : 'first';
}

/** Every moment at which `code` can answer `command`: its RFC place, and the first reply for those servers also send there. */
export function stagesOf(code: string, command: string, steps: ExchangeSteps): Stage[] {
  const stage = stageOf(code, command, steps);
  return stage === 'closing' && steps.alsoFirst.includes(code) ? ['first', 'closing'] : [stage];
}

function closes(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const out: Relation[] = [];
  for (const [first, then] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const rule of steps.closing) {
      if (rule.stageOnly === true || !rule.opening.includes(first.code) || !rule.replies.includes(then.code)) continue;
      // Only the commands for which the opening reply itself is listed (or the greeting).
      const commands = [
        ...(first.greeting && rule.commands.includes('(connect)') ? ['(connect)'] : []),
        ...first.commands.filter((c) => rule.commands.includes(c)),
      ];
      if (commands.length === 0) continue;
      const same = out.find(
        (r) =>
          r.kind === 'closes' && r.first === first.code && r.then === then.code && r.source.rfc === rule.source.rfc,
      );
      if (same !== undefined && same.kind === 'closes')
        same.commands.push(...commands.filter((c) => !same.commands.includes(c)));
      else
        out.push({
          kind: 'closes',
          first: first.code,
          then: then.code,
          commands: [...commands],
          when: rule.when,
          source: rule.source,
        });
    }
  }
  // Rules list commands in the RFC's groups; the sentence follows the entry's own order.
  const order = (code: string, c: string): number =>
    c.startsWith('(') ? -1 : (code === a.code ? a : b).commands.indexOf(c);
  for (const r of out) if (r.kind === 'closes') r.commands.sort((x, y) => order(r.first, x) - order(r.first, y));
  return out;
}

function continues(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const out: Relation[] = [];
  for (const [first, then] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const step of steps.continuations) {
      if (step.code !== first.code || !step.after.some((c) => first.commands.includes(c))) continue;
      if (then.code === steps.outOfSequence) {
        // 503 answers the next command only when this step did NOT come first.
        const next = step.next.filter((c) => then.commands.includes(c));
        if (next.length > 0)
          out.push({
            kind: 'out-of-sequence',
            first: first.code,
            then: then.code,
            after: [...step.after],
            next,
            source: step.source,
          });
        continue;
      }
      const at = (stage: Stage): string[] =>
        step.next.filter((c) => then.commands.includes(c) && stageOf(then.code, c, steps) === stage);
      // A reply that answers the next command at once, or one that comes once 125 or 150 has opened its transfer.
      const next = at('first').length > 0 ? at('first') : at('closing');
      if (
        next.length > 0 &&
        !out.some((r) => r.kind === 'continues' && r.first === first.code && r.then === then.code)
      ) {
        out.push({
          kind: 'continues',
          first: first.code,
          then: then.code,
          next,
          purpose: step.purpose,
          closing: at('first').length === 0,
          source: step.source,
        });
      }
    }
  }
  return out;
}

function prepares(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const out: Relation[] = [];
  for (const [first, then] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const setup of steps.setups) {
      const outcome = setup.outcomes.find((o) => o.code === then.code);
      if (setup.code !== first.code || outcome === undefined) continue;
      const after = setup.after.filter((c) => first.commands.includes(c) || (c === '(connect)' && first.greeting));
      if (after.length > 0)
        out.push({
          kind: 'prepares',
          first: first.code,
          then: then.code,
          after,
          next: setup.next,
          between: setup.between,
          when: outcome.when,
          source: setup.source,
        });
    }
  }
  return out;
}

/** Two setups that prepare the same next command in different ways (PASV's 227, EPSV's 229, PORT's 200). */
function counterparts(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const setupOf = (s: RelationSide): Setup | undefined =>
    steps.setups.find((x) => x.code === s.code && x.after.some((c) => s.commands.includes(c)));
  const sa = setupOf(a);
  const sb = setupOf(b);
  if (sa === undefined || sb === undefined || sa.next !== sb.next) return [];
  const mine = (setup: Setup, s: RelationSide): string[] => setup.after.filter((c) => s.commands.includes(c));
  return [{ kind: 'counterparts', codes: [a.code, b.code], after: [mine(sa, a), mine(sb, b)], next: sa.next }];
}

function protection(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const { enablers, wrappers, setupReplies, source } = steps.protection;
  if (wrappers.includes(a.code) && wrappers.includes(b.code))
    return [{ kind: 'protection-levels', codes: [a.code, b.code], source }];
  const out: Relation[] = [];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    // 234 and 235 confirm a completed exchange; 334 and 335 come during it: each comes before any 63z.
    if ((enablers.includes(x.code) || setupReplies.includes(x.code)) && wrappers.includes(y.code))
      out.push({ kind: 'protection', first: x.code, then: y.code, source });
    // Any reply can travel inside a 63z once the security exchange is done, except the
    // replies of that exchange itself, which come before it is done, and other wrappers.
    const inner =
      classOf(y.code) !== undefined &&
      !wrappers.includes(y.code) &&
      !setupReplies.includes(y.code) &&
      !enablers.includes(y.code);
    if (wrappers.includes(x.code) && inner) out.push({ kind: 'wraps', wrapper: x.code, inner: y.code, source });
  }
  return out;
}

function sharedCommands(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const commands = [...new Set([...a.commands, ...a.serverCommands.map((s) => s.command)])].filter(
    (c) => answers(b, c) !== undefined,
  );
  if (commands.length === 0) return [];
  const common = (c: string): Stage | undefined =>
    stagesOf(a.code, c, steps).find((st) => stagesOf(b.code, c, steps).includes(st));
  const same = commands.filter((c) => common(c) !== undefined);
  const out: Relation[] = [];
  if (same.length > 0) {
    const listed = same.filter((c) => answers(a, c) === 'rfc' && answers(b, c) === 'rfc');
    const byServers = same
      .filter((c) => !listed.includes(c))
      .map((command) => ({
        command,
        programs: Object.fromEntries(
          [a, b]
            .filter((s) => answers(s, command) === 'server')
            .map((s) => [
              s.code,
              [...new Set(s.serverCommands.filter((u) => u.command === command).map((u) => u.program))],
            ]),
        ),
      }));
    const stage = common(same[0] as string) as Stage;
    out.push({ kind: 'alternatives', codes: [a.code, b.code], stage, listed, byServers });
  }
  const apart = commands.filter((c) => !same.includes(c));
  if (apart.length > 0) {
    const early = stageOf(a.code, apart[0] as string, steps) === 'first' ? a.code : b.code;
    out.push({
      kind: 'same-command',
      codes: [a.code, b.code],
      commands: apart,
      early,
      late: early === a.code ? b.code : a.code,
    });
  }
  return out;
}

function socketRelations(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const eventOf = (s: RelationSide): SocketEvent | undefined =>
    s.symbol === undefined ? undefined : steps.socketEvents[s.symbol];
  const ea = eventOf(a);
  const eb = eventOf(b);
  if (ea !== undefined && eb !== undefined) {
    const connect = (e: SocketEvent): boolean => e === 'refused' || e === 'timed-out';
    if (connect(ea) && connect(eb))
      return [{ kind: 'socket-pair', codes: [a.code, b.code], situation: 'connect-failures' }];
    if ((connect(ea) && eb === 'reset') || (ea === 'reset' && connect(eb)))
      return [{ kind: 'socket-pair', codes: [a.code, b.code], situation: 'open-or-opening' }];
    if (ea === 'not-network' && eb === 'not-network')
      return [{ kind: 'socket-pair', codes: [a.code, b.code], situation: 'not-network' }];
    return [];
  }
  const socket = ea !== undefined ? a : eb !== undefined ? b : undefined;
  const event = ea ?? eb;
  if (socket === undefined || event === undefined) return [];
  const reply = socket === a ? b : a;
  return steps.socketViews
    .filter((v) => v.events.includes(event) && v.replies.includes(reply.code))
    .map((v) => ({ kind: 'socket-view', socket: socket.code, reply: reply.code, situation: v.situation, event }));
}

function listedInstead(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  return steps.listedInstead.flatMap((l) =>
    (l.code === a.code && l.instead.includes(b.code)) || (l.code === b.code && l.instead.includes(a.code))
      ? [{ kind: 'listed-instead', listed: l.code, real: l.code === a.code ? b.code : a.code } as const]
      : [],
  );
}

/** The rule by which a code answers a command no list names it for, if any. */
function anyCommandRule(code: string, command: string, steps: ExchangeSteps): AnyCommandRule | undefined {
  return steps.anyCommand.find((r) => r.code === code && !r.except.includes(command));
}

/**
 * A code that can answer any command (421, or vsftpd's 530 before login) next to a code whose
 * commands no list names the first for: both can answer those commands after all.
 */
function anyCommand(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const out: Relation[] = [];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const mine = [...new Set([...y.commands, ...y.serverCommands.map((s) => s.command)])].filter(
      (c) => !c.startsWith('(') && answers(x, c) === undefined,
    );
    const rule = steps.anyCommand.find((r) => r.code === x.code);
    const commands = mine.filter((c) => anyCommandRule(x.code, c, steps) !== undefined);
    if (rule !== undefined && commands.length > 0)
      out.push({ kind: 'any-command', code: x.code, other: y.code, commands, rule });
  }
  return out;
}

/**
 * A relation cut down to some commands (or "(connect)"), or undefined when it is about none of
 * them: 530 and 421 share thirty commands, but only HOST matters where lists give 434.
 */
function narrowed(r: Relation, to: readonly string[]): Relation | undefined {
  const keep = (commands: readonly string[]): string[] => commands.filter((c) => to.includes(c));
  switch (r.kind) {
    case 'closes':
    case 'same-command':
    case 'any-command':
      return keep(r.commands).length > 0 ? { ...r, commands: keep(r.commands) } : undefined;
    case 'continues':
    case 'out-of-sequence':
      return keep(r.next).length > 0 ? { ...r, next: keep(r.next) } : undefined;
    case 'alternatives': {
      const listed = keep(r.listed);
      const byServers = r.byServers.filter((s) => to.includes(s.command));
      return listed.length + byServers.length > 0 ? { ...r, listed, byServers } : undefined;
    }
    case 'greetings':
      return to.includes('(connect)') ? r : undefined;
    default:
      return undefined;
  }
}

/**
 * For a code found only in popular lists (430, 434, 10068 ...) and a code it has no link with:
 * how the code that standard servers send in its place relates to the other code, in the
 * situation the lists mean (430's failed login is 530 to USER, PASS or ACCT). `standard` holds
 * the sides of the codes sent instead. Empty when no such link exists.
 */
export function viaStandard(
  listed: RelationSide,
  other: RelationSide,
  standard: readonly RelationSide[],
  steps: ExchangeSteps,
): Relation[] {
  const entry = steps.listedInstead.find((l) => l.code === listed.code);
  if (entry === undefined) return [];
  return standard.flatMap((real) => {
    if (!entry.instead.includes(real.code) || real.code === other.code) return [];
    const context = entry.context[real.code];
    if (context === undefined) return [];
    const inner = relationsOf(real, other, steps)
      .map((r) => narrowed(r, context.commands))
      .find((r) => r !== undefined);
    if (inner === undefined) return [];
    const { situation } = context;
    return [
      {
        kind: 'via-standard',
        listed: listed.code,
        real: real.code,
        other: other.code,
        situation,
        inner,
      } satisfies Relation,
    ];
  });
}

function rank(r: Relation): number {
  if (r.kind === 'alternatives') return r.listed.length > 0 ? 0 : 2;
  return 1;
}

/**
 * Every relation between two codes, the most telling first: a socket error's link to the
 * reply it stands for, then a sequence inside one exchange, then shared commands, and at
 * last "same class and group" or "unrelated", so the list is never empty.
 */
export function relationsOf(a: RelationSide, b: RelationSide, steps: ExchangeSteps): Relation[] {
  const sequence = closes(a, b, steps);
  const found: Relation[] = [
    ...socketRelations(a, b, steps),
    ...listedInstead(a, b, steps),
    ...protection(a, b, steps),
    ...sequence,
    ...continues(a, b, steps),
    ...prepares(a, b, steps),
    ...counterparts(a, b, steps),
    // A 1yz and the reply that closes it are not alternatives, though both answer the same commands.
    ...(a.greeting && b.greeting && sequence.length === 0
      ? [{ kind: 'greetings', codes: [a.code, b.code] } satisfies Relation]
      : []),
    // Alternatives the RFCs list come before replies at different moments, and those before
    // alternatives known only from servers.
    ...sharedCommands(a, b, steps)
      .filter(() => sequence.length === 0)
      .sort((x, y) => rank(x) - rank(y)),
  ];
  // A code that may answer any command meets the other in its commands when nothing else links them.
  if (found.length === 0) found.push(...anyCommand(a, b, steps));
  if (found.length > 0) return found;
  const sameDigits =
    classOf(a.code) !== undefined &&
    classOf(a.code) === classOf(b.code) &&
    groupOf(a.code) !== undefined &&
    groupOf(a.code) === groupOf(b.code);
  return [{ kind: sameDigits ? 'same-class-group' : 'unrelated', codes: [a.code, b.code] }];
}
