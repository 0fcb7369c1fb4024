// Concept (restart policies): dockerd restarts a container that exits according to its
// policy, waiting longer after each quick failure (100 ms doubling, up to a minute);
// `on-failure` ignores a clean exit; a user's `docker stop` is always respected.
import { describe, expect, it } from 'vitest';
import type { HappeningEvent } from '../../../shared/sim/events.ts';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok } from './docker.ts';

describe('restart policies', () => {
  it('--restart always: an OOM-killed memhog keeps coming back, with a growing delay', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name hog --restart always -m 256m memhog:1.0');
    sh.takeEvents();
    sh.wait(120);
    const hog = named(world, 'hog');
    const events = sh.takeEvents().filter((e): e is HappeningEvent => e.kind === 'happening' && e.subject === 'hog');
    const kills = events.filter((e) => e.type === 'container-oom-killed').map((e) => e.tick);
    const restarts = events.filter((e) => e.type === 'container-restarted').map((e) => e.tick);
    expect(restarts.length).toBeGreaterThanOrEqual(5);
    // The time from each kill to the restart that follows it grows.
    const delays = restarts.map((r, i) => r - (kills[i] ?? r));
    expect(delays[delays.length - 1]).toBeGreaterThan((delays[0] ?? 0) * 4);
    // dockerd counts a restart as soon as it decides on it (each kill here).
    expect(hog.restartCount).toBe(kills.length);
    expect(JSON.parse(ok(sh, 'docker inspect hog'))[0].RestartCount).toBe(kills.length);
    expect(JSON.parse(ok(sh, 'docker inspect hog'))[0].HostConfig.RestartPolicy).toEqual({ Name: 'always', MaximumRetryCount: 0 });
  });

  it('a restarting container shows in docker ps as Restarting (137)', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name hog --restart always -m 256m memhog:1.0');
    const hog = named(world, 'hog');
    for (let t = 0; t < 200 && hog.state !== 'restarting'; t++) sh.wait(1);
    expect(ok(sh, 'docker ps')).toMatch(/Restarting \(137\) (Less than a second|\d+ seconds?) ago +hog/);
  });

  it('--restart on-failure does not restart after exit 0', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name job --restart on-failure ubuntu:22.04 echo done');
    sh.wait(10);
    const job = named(world, 'job');
    expect(job.state).toBe('exited');
    expect(job.exitCode).toBe(0);
    expect(job.restartCount).toBe(0);
    expect(ok(sh, 'docker logs job')).toContain('done');
  });

  it('--restart on-failure:2 gives up after two restarts', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name hog --restart on-failure:2 -m 256m memhog:1.0');
    sh.wait(120);
    const hog = named(world, 'hog');
    expect(hog.state).toBe('exited');
    expect(hog.exitCode).toBe(137);
    expect(hog.restartCount).toBe(2);
  });

  it('docker stop wins over --restart always', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web --restart always nginx:1.25');
    expect(ok(sh, 'docker stop web')).toBe('web');
    sh.wait(30);
    expect(named(world, 'web').state).toBe('exited');
    expect(named(world, 'web').exitCode).toBe(0);
    ok(sh, 'docker start web');
    expect(named(world, 'web').state).toBe('running');
  });
});
