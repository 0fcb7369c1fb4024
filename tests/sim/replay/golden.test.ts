// Golden replay: the same scenario, seed and command log always give the same world,
// bit for bit. The expected hash changes only when the simulation's rules change on
// purpose; then re-record it (run this test, read the new hash, check why it moved).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDurationSeconds } from '../../../shared/sim/units.ts';
import { stateHash } from '../../../shared/sim/stateHash.ts';
import { sandbox } from '../../helpers/sim.ts';

const script = readFileSync(new URL('./golden.script', import.meta.url), 'utf8');

function replay(seed: number, lines = script): { hash: string; tick: number; failures: string[] } {
  const { world, sh } = sandbox(seed);
  const failures: string[] = [];
  for (const raw of lines.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('wait ')) {
      sh.wait(parseDurationSeconds(line.slice(5)) ?? 0);
      continue;
    }
    const r = sh.exec(line);
    if (!r.ok) failures.push(`${line}: ${r.error}`);
  }
  return { hash: stateHash(world), tick: world.tick, failures };
}

describe('golden replay (sandbox, seed 7)', () => {
  it('every command of the script succeeds', () => {
    expect(replay(7).failures).toEqual([]);
  });

  it('reproduces the recorded state hash', () => {
    expect(replay(7).hash).toMatchInlineSnapshot(`"04f2857ceaf732b2"`);
  });

  it('is bit-identical across runs, and differs with another seed or another command log', () => {
    const a = replay(7);
    expect(replay(7)).toEqual(a);
    expect(replay(8).hash).not.toBe(a.hash);
    expect(replay(7, script.replace('--cpus 0.5', '--cpus 0.6')).hash).not.toBe(a.hash);
  });
});
