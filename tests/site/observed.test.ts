/**
 * The built pages against the recordings of real servers: each code page lists, verbatim,
 * every distinct reply a recorded server sent with that code; /servers/ has a row for every
 * scenario; every scenario and server has its page, and each server page lists every reply.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, type BuiltPage } from '../helpers/site.ts';
import { OBSERVATIONS, REPLIES, SERVER_NAMES } from '../helpers/recordings.ts';
import { distinctReplies } from '../../src/lib/observed/catalogue.ts';
import { replyTextLines } from '../../src/lib/observed/replies.ts';
import { codeUrl, scenarioRunUrl, scenarioUrl, serverUrl, serversUrl } from '../../src/lib/urls.ts';

const pages = new Map(builtPages().map((p) => [p.path, p]));
const page = (path: string): BuiltPage => {
  const found = pages.get(path);
  assert.ok(found !== undefined, `no page at ${path}`);
  return found;
};
const distinct = distinctReplies(REPLIES);

it('lists on each code page every reply a recorded server sent with that code, verbatim', () => {
  const missing = distinct.flatMap((reply) => {
    const shown = page(codeUrl(reply.code))
      .root.querySelectorAll('table.sent code')
      .map((c) => c.text);
    return shown.includes(reply.lines.join('\n'))
      ? []
      : [`${codeUrl(reply.code)} lacks ${reply.server}'s "${reply.lines.join(' / ')}"`];
  });
  assert.ok(missing.length === 0, missing.join('\n'));
});

it('has a row on /servers/ and a page for every recorded scenario', () => {
  const matrix = page(serversUrl()).root;
  const scenarios = [...new Set(OBSERVATIONS.map((o) => o.scenario))];
  const problems = scenarios.flatMap((id) => [
    ...(matrix.querySelector(`tr[id="${id}"]`) === null ? [`/servers/ has no row for ${id}`] : []),
    ...(pages.has(scenarioUrl(id)) ? [] : [`no page at ${scenarioUrl(id)}`]),
  ]);
  assert.ok(scenarios.length > 0 && problems.length === 0, problems.join('\n'));
});

it('shows every run of a scenario on its page, with the reply the scenario is about', () => {
  const problems = OBSERVATIONS.flatMap((o) => {
    const root = page(scenarioUrl(o.scenario)).root;
    const section = root.querySelector(`section[aria-labelledby="${o.server}"]`);
    if (section === null) return [`${scenarioUrl(o.scenario)}: no section for ${o.server}`];
    const runs = section.querySelectorAll('div.run').length;
    return runs === o.runs.length
      ? []
      : [`${scenarioRunUrl(o.scenario, o.server)}: ${runs} runs shown, ${o.runs.length} recorded`];
  });
  assert.ok(problems.length === 0, problems.join('\n'));
});

it('lists on each server page every reply that server sent', () => {
  const problems = SERVER_NAMES.flatMap((server) => {
    const text = page(serverUrl(server.id)).root.querySelector('table.catalogue')?.text ?? '';
    return distinct
      .filter((r) => r.server === server.id)
      .flatMap((r) => {
        const first = replyTextLines(r.lines)[0] as string;
        return text.includes(first) ? [] : [`${serverUrl(server.id)} lacks "${r.lines[0]}"`];
      });
  });
  assert.ok(problems.length === 0, problems.join('\n'));
});
