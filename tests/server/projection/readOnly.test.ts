// The projection only reads the world, gives the same state for the same world, and an
// unchanged world projects to no patch at all. Also: a level's figures as they stand.
import { describe, expect, it } from 'vitest';
import { DatacenterState } from '../../../shared/schema/DatacenterState.ts';
import { computeScore } from '../../../shared/sim/level/score.ts';
import { stateHash } from '../../../shared/sim/stateHash.ts';
import { createProjector } from '../../../server/rooms/projection/projectWorld.ts';
import { json, projected, type Projected } from './harness.ts';

function busy(seed: number): Projected {
  const p = projected(seed);
  p.run('docker run -d --name web --cpus 0.5 -l app=shop-web shop/web:1.0');
  p.run('vm create db --host host-3 --vcpus 2 --memory 4g');
  p.run('kubectl create deployment api --image=nginx:1.25 --replicas=2');
  p.wait(20);
  return p;
}

describe('a read-only, deterministic projection', () => {
  it('does not change the world', () => {
    const p = busy(7);
    const before = stateHash(p.world);
    const fresh = createProjector(new DatacenterState());
    fresh.project(p.world);
    p.projector.project(p.world);
    fresh.project(p.world);
    expect(stateHash(p.world)).toBe(before);
  });

  it('gives the same state and the same bytes for the same world', () => {
    const a = busy(7);
    const b = busy(7);
    expect(stateHash(a.world)).toBe(stateHash(b.world));
    expect(json(a)).toEqual(json(b));
    expect(Buffer.from(a.encoder.encodeAll()).equals(Buffer.from(b.encoder.encodeAll()))).toBe(true);
  });

  it('produces no patch when projecting an unchanged world again', () => {
    const p = busy(7);
    p.patch();
    p.projector.project(p.world);
    expect(p.encoder.hasChanges).toBe(false);
    expect(p.encoder.encode().length).toBe(0);
  });

  it('keeps the patch of a quiet tick small: readings inside their dead-band are not sent', () => {
    const p = busy(7);
    p.wait(30);
    p.patch();
    p.wait(1);
    const quiet = p.patch();
    // A tick moves the clock and the money; it does not re-send every container and host.
    expect(quiet.length).toBeLessThan(120);
    expect(p.encoder.hasChanges).toBe(false);
  });
});

describe('a level', () => {
  it('sends its objectives in both languages, progress as the level keeps it, and the score as it stands', () => {
    const p = projected(1, 'level-01-bare-metal');
    p.wait(5);
    const spec = p.world.level.spec;
    if (!spec) throw new Error('level-01 is not a level');
    const g = json(p).game;
    expect(g).toMatchObject({ isLevel: true, durationTicks: p.world.level.durationTicks, ended: false, won: false, hintsTaken: 0 });
    expect(g.objectives).toEqual(
      spec.objectives.map((o, i) => ({ id: o.id, en: o.title.en, ko: o.title.ko, met: p.world.level.objectives[i]?.met, failed: p.world.level.objectives[i]?.failed, progress: p.world.level.objectives[i]?.progress })),
    );
    expect(g.score).toBe(computeScore(p.world, spec, p.world.level.hintsTaken, p.world.tick).total);
  });

  it('sends the final result once the level ended and the room revealed it (after storing it)', () => {
    const p = projected(1, 'level-01-bare-metal');
    p.wait(p.world.level.durationTicks + 1);
    expect(p.world.level.ended).toBe(true);
    expect(json(p).game).toMatchObject({ ended: false, won: false });
    p.projector.revealOutcome(p.world);
    expect(json(p).game).toMatchObject({ ended: true, won: p.world.level.won, stars: p.world.level.stars, score: p.world.level.score });
  });
});
