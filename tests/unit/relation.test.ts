/**
 * The relation model over the real collection and the RFC sequence tables: the pairs the
 * issue names relate the way the RFCs say, every pair gets at least one relation, the
 * model is symmetric, and every relation it reports can be checked against RFC 959 5.4's
 * flat reply lists or the entries' own commands.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries } from '../helpers/entries.ts';
import {
  programsOf,
  viaStandard,
  relationSideFromData,
  relationsOf,
  stageOf,
  stagesOf,
  type Relation,
  type RelationSide,
  type SideData,
} from '../../src/lib/relation.ts';
import { EXCHANGE_STEPS } from '../../src/data/exchange-steps.ts';
import { RFC959_REPLIES } from '../../src/data/rfc/sequences.ts';
import { allPairs } from '../../src/lib/pairs.ts';

const sides = new Map(
  readEntries().map((e) => [String(e.data['code']), relationSideFromData(e.data as unknown as SideData)]),
);
const side = (code: string): RelationSide => {
  const found = sides.get(code);
  assert.ok(found, `no entry for ${code}`);
  return found;
};
const relate = (a: string, b: string): Relation[] => relationsOf(side(a), side(b), EXCHANGE_STEPS);
const first = (a: string, b: string): Relation => relate(a, b)[0] as Relation;

describe('relationsOf: sequences inside one exchange', () => {
  it('451 can close what 125 opened, and 226 what 150 opened (RFC 959 5.4)', () => {
    const r = first('125', '451');
    assert.equal(r.kind, 'closes');
    assert.ok(
      r.kind === 'closes' &&
        r.first === '125' &&
        r.then === '451' &&
        r.commands.includes('RETR') &&
        r.commands.includes('STOR'),
    );
    assert.deepEqual(
      relate('451', '125').map((x) => x.kind),
      relate('125', '451').map((x) => x.kind),
      'the order of the arguments does not matter',
    );
    const s = first('150', '226');
    assert.ok(s.kind === 'closes' && s.first === '150' && s.then === '226');
  });

  it('120 is followed by 220, and that sequence is not also called a pair of alternatives', () => {
    const rels = relate('120', '220');
    assert.equal(rels[0]?.kind, 'closes');
    assert.equal(
      rels.some((r) => r.kind === 'greetings' || r.kind === 'alternatives'),
      false,
    );
  });

  it('331 then the replies to PASS; 350 then RNTO or the transfer after REST; 503 when the step is missing', () => {
    const pass = first('331', '530');
    assert.ok(pass.kind === 'continues' && pass.next.includes('PASS'));
    assert.ok(
      relate('331', '530').some((r) => r.kind === 'alternatives' && r.listed.includes('USER')),
      'both also answer USER itself',
    );
    const login = first('331', '230');
    assert.ok(login.kind === 'continues' && login.then === '230');
    assert.ok(first('332', '230').kind === 'continues');
    const rename = first('350', '250');
    assert.ok(rename.kind === 'continues' && rename.next.includes('RNTO'));
    const restart = first('350', '554');
    assert.ok(restart.kind === 'continues' && restart.next.includes('RETR'));
    const order = first('350', '503');
    assert.ok(order.kind === 'out-of-sequence' && order.next.includes('RNTO'));
    assert.equal(first('334', '235').kind, 'continues', '334 asks for ADAT, whose success is 235');
  });

  it("227, 229 and PORT's 200 prepare the data connection that 150 or 425 then reports on", () => {
    for (const [setup, outcome] of [
      ['227', '425'],
      ['229', '150'],
      ['200', '425'],
      ['228', '125'],
    ] as const) {
      const r = relate(setup, outcome).find((x) => x.kind === 'prepares');
      assert.ok(
        r !== undefined && r.kind === 'prepares' && r.first === setup && r.then === outcome,
        `${setup} then ${outcome}`,
      );
    }
    assert.equal(first('227', '425').kind, 'prepares');
  });

  it('the three possible first lines are alternatives at connection establishment', () => {
    assert.equal(first('220', '421').kind, 'greetings');
    assert.equal(first('120', '421').kind, 'greetings');
  });

  it('protected replies: 235 opens the way to 631, any ordinary reply can travel inside one, 631 and 632 are two levels', () => {
    assert.equal(first('235', '631').kind, 'protection');
    const wrap = first('250', '632');
    assert.ok(wrap.kind === 'wraps' && wrap.wrapper === '632' && wrap.inner === '250');
    assert.equal(first('631', '632').kind, 'protection-levels');
    assert.equal(
      relate('334', '631').some((r) => r.kind === 'wraps'),
      false,
      'the replies of the security exchange come before it completes',
    );
  });
});

describe('relationsOf: the same command, and what a client shows instead', () => {
  it('names the commands both answer and the stage they answer at', () => {
    const busy = first('450', '550');
    assert.ok(busy.kind === 'alternatives' && busy.stage === 'first');
    assert.deepEqual(busy.kind === 'alternatives' && busy.listed, ['RETR', 'APPE', 'RNFR', 'DELE']);
    const end = first('226', '426');
    assert.ok(end.kind === 'alternatives' && end.stage === 'closing' && end.listed.includes('RETR'));
    assert.ok(first('426', '451').kind === 'alternatives');
    for (const [a, b, command] of [
      ['230', '530', 'PASS'],
      ['234', '534', 'AUTH'],
      ['200', '502', 'CDUP'],
      ['257', '550', 'MKD'],
    ] as const) {
      const r = first(a, b);
      assert.ok(r.kind === 'alternatives' && r.listed.includes(command), `${a}/${b} for ${command}`);
    }
  });

  it('two replies to one command at different moments are not called alternatives', () => {
    const r = relate('226', '550').find((x) => x.kind === 'same-command');
    assert.ok(
      r !== undefined &&
        r.kind === 'same-command' &&
        r.early === '550' &&
        r.late === '226' &&
        r.commands.includes('RETR'),
    );
    assert.equal(stageOf('226', 'RETR', EXCHANGE_STEPS), 'closing');
    assert.equal(stageOf('250', 'CWD', EXCHANGE_STEPS), 'first');
    assert.equal(stageOf('220', 'REIN', EXCHANGE_STEPS), 'first', 'REIN lists 220 on its own as well as after 120');
    assert.deepEqual(
      stagesOf('425', 'RETR', EXCHANGE_STEPS),
      ['first', 'closing'],
      'servers also send 425 in place of 150',
    );
    const busy = first('425', '450');
    assert.ok(busy.kind === 'alternatives' && busy.stage === 'first', '425 and 450 can both refuse RETR at once');
  });

  it('counts what servers send beyond the RFC lists as a shared command, and says which server', () => {
    const a = { ...side('450'), commands: ['STOR'], serverCommands: [] };
    const b = { ...side('550'), commands: ['RETR'], serverCommands: [{ command: 'STOR', program: 'vsftpd' }] };
    const r = relationsOf(a, b, EXCHANGE_STEPS)[0];
    assert.ok(r?.kind === 'alternatives');
    assert.deepEqual(r.listed, []);
    assert.deepEqual(r.byServers, [{ command: 'STOR', programs: { '550': ['vsftpd'] } }]);
  });

  it("socket errors: refused instead of the greeting, a reset as the client's view of 426, a timeout next to 425", () => {
    const greet = first('220', '10061');
    assert.ok(greet.kind === 'socket-view' && greet.situation === 'no-greeting' && greet.event === 'refused');
    const cut = first('426', '10054');
    assert.ok(cut.kind === 'socket-view' && cut.situation === 'cut-transfer');
    const data = first('425', '10060');
    assert.ok(data.kind === 'socket-view' && data.situation === 'data-connection' && data.event === 'timed-out');
    const close = first('421', '10054');
    assert.ok(close.kind === 'socket-view' && close.situation === 'instead-of-close');
    assert.ok(first('226', '10054').kind === 'socket-view');
    assert.ok(first('10060', '10061').kind === 'socket-pair');
    assert.ok(first('10054', '10061').kind === 'socket-pair');
    assert.ok(first('10066', '550').kind === 'listed-instead');
    assert.ok(first('430', '530').kind === 'listed-instead');
  });

  it('falls back to "same class and group" or "unrelated", never to nothing', () => {
    assert.equal(first('221', '225').kind, 'same-class-group');
    assert.equal(first('220', '552').kind, 'unrelated');
    assert.equal(first('10061', '213').kind, 'unrelated');
  });
});

describe('relationsOf over every pair', () => {
  const pairs = allPairs([...sides.keys()]);

  it('gives every pair at least one relation, the same whichever code comes first', () => {
    const wrong = pairs.filter(([a, b]) => {
      const ab = relate(a, b).map((r) => r.kind);
      return (
        ab.length === 0 ||
        JSON.stringify(ab.sort()) !==
          JSON.stringify(
            relate(b, a)
              .map((r) => r.kind)
              .sort(),
          )
      );
    });
    assert.deepEqual(wrong.slice(0, 10), []);
  });

  it('reports RFC 959 sequences only where RFC 959 5.4 lists both codes for the command', () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      for (const r of relate(a, b)) {
        if (r.kind === 'closes' && r.source.rfc === 959) {
          for (const command of r.commands.filter((c) => !c.startsWith('('))) {
            const listed = RFC959_REPLIES[command as keyof typeof RFC959_REPLIES] ?? [];
            if (!listed.includes(r.first) || !listed.includes(r.then))
              problems.push(`${r.first} then ${r.then} for ${command}`);
          }
        }
        if (r.kind === 'continues' || r.kind === 'out-of-sequence') {
          if (!r.next.every((c) => side(r.then).commands.includes(c)))
            problems.push(`${r.then} is not listed for ${r.next.join(',')}`);
        }
        if (r.kind === 'alternatives') {
          for (const c of r.listed)
            if (!side(a).commands.includes(c) || !side(b).commands.includes(c))
              problems.push(`${a}/${b}: ${c} is not listed for both`);
        }
      }
    }
    assert.deepEqual(problems.slice(0, 10), []);
  });

  it('calls a pair unrelated only when no command is known to get both codes', () => {
    const known = (s: RelationSide): Set<string> => new Set([...s.commands, ...s.serverCommands.map((u) => u.command)]);
    const wrong = pairs.filter(
      ([a, b]) => first(a, b).kind === 'unrelated' && [...known(side(a))].some((c) => known(side(b)).has(c)),
    );
    assert.deepEqual(wrong, []);
  });
});

describe('programsOf', () => {
  it('names the program a source line starts with, and every server a recording names', () => {
    assert.deepEqual(programsOf('ProFTPD 1.3.8, modules/mod_xfer.c (AllowOverwrite off)'), ['ProFTPD 1.3.8']);
    assert.deepEqual(programsOf('recorded from vsftpd 3.0.3 and ProFTPD 1.3.8: EPSV ALL (scenario epsv-all)'), [
      'vsftpd 3.0.3',
      'ProFTPD 1.3.8',
    ]);
    assert.deepEqual(
      programsOf('recorded from vsftpd 3.0.3 and Pure-FTPd 1.0.50, which do not implement HOST (scenario host)'),
      ['vsftpd 3.0.3', 'Pure-FTPd 1.0.50'],
    );
  });
});

describe('viaStandard', () => {
  it("links a code found only in lists through the code standard servers send instead, in the lists' situation", () => {
    const via = viaStandard(side('430'), side('232'), [side('530')], EXCHANGE_STEPS);
    assert.equal(via.length, 1);
    const [rel] = via;
    assert.ok(rel?.kind === 'via-standard' && rel.real === '530' && rel.inner.kind === 'alternatives');
    assert.deepEqual(rel.inner.kind === 'alternatives' ? rel.inner.listed : [], ['USER']);
    // 550 and 421 share many commands; where lists give 10066, only RMD is meant.
    const [rmd] = viaStandard(side('10066'), side('421'), [side('550')], EXCHANGE_STEPS);
    assert.ok(rmd?.kind === 'via-standard' && rmd.inner.kind === 'alternatives');
    assert.deepEqual(rmd.inner.kind === 'alternatives' ? rmd.inner.listed : [], ['RMD']);
    assert.deepEqual(viaStandard(side('430'), side('150'), [side('530')], EXCHANGE_STEPS), [], 'no login command');
  });
});
