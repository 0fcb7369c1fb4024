// The volume-data-kept objective (storage virtualisation): it fails for good the moment
// a volume mounted by a container carrying the labels loses its data to a failed disk.
// A replicated volume keeps its data; a restart on an emptied local volume does not
// bring the data back, so it stays failed.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../shared/sim/scenario/schema.ts';
import sandboxJson from '../../../shared/scenarios/sandbox.json';
import { clock } from '../../../shared/sim/units.ts';
import { FACILITATOR } from '../ops/helpers.ts';
import { levelWorld, obj, run, state } from './levelWorld.ts';

const KEPT = obj('data', 'volume-data-kept', { selector: { app: 'orders-db' } });

function diskFails(sh: Parameters<typeof run>[0], host: string): void {
  const r = sh.exec(`inject disk-failure ${host}`, FACILITATOR);
  if (!r.ok) throw new Error(r.error);
  sh.wait(1);
}

describe('volume-data-kept', () => {
  it('fails when the database on a local volume loses its disk, and the level ends lost', () => {
    const { world, sh } = levelWorld({ objectives: [KEPT] });
    run(sh, 'docker run -d --name db -l app=orders-db --restart always -v pgdata:/var/lib/postgresql/data postgres:16');
    sh.wait(30);
    expect(state(world, 'data')).toMatchObject({ met: true, failed: false, progress: 'kept' });
    const at = world.tick;
    diskFails(sh, 'host-1');
    expect(state(world, 'data')).toMatchObject({ met: false, failed: true });
    expect(state(world, 'data').progress).toBe(`pgdata lost @${clock(at)}`);
    expect(world.level).toMatchObject({ ended: true, won: false, stars: 0 });
  });

  it('holds when the data is on a replicated volume, or when only other containers lose theirs', () => {
    const { world, sh } = levelWorld({ objectives: [KEPT] });
    run(sh, 'docker volume create --driver replicated pgdata');
    run(sh, 'docker run -d --name db -l app=orders-db -v pgdata:/var/lib/postgresql/data postgres:16');
    run(sh, 'docker run -d --name scratch -v cache:/var/lib/postgresql/data postgres:16');
    sh.wait(30);
    diskFails(sh, 'host-1');
    expect(world.volumes.get('host-1/cache')?.usedMiB).toBe(0);
    expect(state(world, 'data')).toMatchObject({ met: true, failed: false, progress: 'kept' });
    expect(world.level.ended).toBe(false);
  });

  it('is an always-objective that names at least one label', () => {
    const level = (o: Record<string, unknown>) => {
      const json = structuredClone(sandboxJson) as unknown as Record<string, unknown>;
      json.level = { number: 1, briefing: { en: 'b', ko: '브' }, debrief: { en: 'd', ko: '디' }, duration: '10m', objectives: [o], stars: { one: 1, two: 2, three: 3 } };
      const r = parseScenario(json);
      return r.ok ? [] : r.errors;
    };
    expect(level({ ...KEPT, mode: 'end' })).toEqual(['level.objectives[0].mode: "volume-data-kept" is judged on every tick: use "always" or leave "mode" out']);
    expect(level({ ...KEPT, selector: {} })).toEqual(['level.objectives[0].selector: give at least one label, e.g. {"app": "orders-db"}']);
    expect(level(KEPT)).toEqual([]);
  });
});
