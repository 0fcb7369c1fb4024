// Concept (host OOM killer): with no memory limits, one leaking container grows until the
// kernel itself runs out; the kernel then kills the process with the highest OOM score,
// normally the biggest (the leak). oom_score_adj shifts that choice.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { named, ok, waitUntil } from './docker.ts';

/** The sandbox with a 2 GiB host-2 (about 1.25 GiB left for containers after the OS). */
function smallMemory() {
  return sandboxWith((json) => {
    const types = json.hostTypes as Record<string, { memory: string }>;
    (types['cs-8'] as { memory: string }).memory = '2g';
  });
}

describe('host OOM victim choice', () => {
  it('the kernel kills the hog, the biggest process, and its neighbour lives', () => {
    const { world, sh } = smallMemory();
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name hog memhog:1.0');
    const hog = named(world, 'hog', 'host-2');
    const ticks = waitUntil(sh, () => hog.state === 'exited', 120);
    expect(ticks).toBeGreaterThan(10);
    expect(hog.oomKilled).toBe(true);
    expect(hog.exitCode).toBe(137);
    expect(named(world, 'web', 'host-2').state).toBe('running');
    const log = world.kernels.get('kernel-host-2')?.log ?? [];
    // A global OOM kill, not a cgroup one: the machine ran out, not the container's limit.
    expect(log.filter((l) => l.startsWith('Out of memory: Killed process'))).toHaveLength(1);
    expect(log.some((l) => l.includes('(memhog)'))).toBe(true);
    // On a big host the same hog would have lived much longer.
    expect(world.hosts.get('host-1')?.memoryMiB).toBeGreaterThan(30 * (world.hosts.get('host-2')?.memoryMiB ?? 0));
  });

  it('with --oom-score-adj 1000 a small idle container is sacrificed first', () => {
    const { world, sh } = smallMemory();
    ok(sh, 'docker -H host-2 run -d --name web --oom-score-adj 1000 nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name hog memhog:1.0');
    const web = named(world, 'web', 'host-2');
    waitUntil(sh, () => web.state === 'exited', 120);
    expect(web.oomKilled).toBe(true);
    expect(web.exitCode).toBe(137);
    const kills = (world.kernels.get('kernel-host-2')?.log ?? []).filter((l) => l.startsWith('Out of memory: Killed process'));
    expect(kills[0]).toMatch(/\(nginx\).*oom_score_adj:1000$/);
    // Killing 12 MiB did not save the machine: the kernel went on to the hog.
    expect(kills[1]).toMatch(/\(memhog\)/);
    expect(JSON.parse(ok(sh, 'docker -H host-2 inspect web'))[0].HostConfig.OomScoreAdj).toBe(1000);
  });
});
