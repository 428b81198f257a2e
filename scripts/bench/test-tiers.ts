/**
 * The time of each test tier: runs `npm test` (scripts/test-all.ts), which writes
 * test-results/tiers.json, and turns that into bench figures. The load average is reported
 * beside them, since on a shared machine it moves the times more than any change does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What scripts/test-all.ts writes. */
interface TierFile {
  seconds: number;
  loadAtStart: number[];
  loadAtEnd: number[];
  tiers: { label: string; seconds: number; passed: number; failed: number }[];
}

/** Runs every test tier once and returns "npm test: <tier> s" figures, the total and the load. */
export function testTierTimes(root: string): Record<string, number> {
  const run = spawnSync(process.execPath, [join(root, 'scripts/test-all.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  writeFileSync(join(root, 'test-results/npm-test.log'), `${run.stdout}\n${run.stderr}`);
  const file = JSON.parse(readFileSync(join(root, 'test-results/tiers.json'), 'utf8')) as TierFile;
  const figures: Record<string, number> = {};
  for (const tier of file.tiers) if (tier.seconds > 0) figures[`npm test: ${tier.label} s`] = tier.seconds;
  figures['npm test: total s'] = file.seconds;
  figures['npm test: failed'] = file.tiers.reduce((sum, t) => sum + t.failed, 0);
  figures['npm test: load average at start (1 min)'] = +(file.loadAtStart[0] ?? 0).toFixed(1);
  return figures;
}
