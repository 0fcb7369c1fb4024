// Concept (cgroups): a leak in the code makes every process of the image grow. Without
// a limit it grows until the machine runs out and the kernel's OOM killer acts; with a
// memory limit the kernel kills it at the limit (exit 137) and the restart policy brings
// it back small: the leak is contained. A fixed image ends it.
import { describe, expect, it } from 'vitest';
import { LEAK_MIB_PER_TICK } from '../../../shared/sim/ops/figures.ts';
import { sandbox, sandboxWith } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, patchHostType, timings, waitUntil } from './helpers.ts';

describe('memory-leak', () => {
  it('grows every process of the image; a memory limit with a restart policy contains it (OOM kill, exit 137, restart)', () => {
    const { world, sh } = sandbox(2);
    ok(sh, 'docker run -d --name web shop/web:1.0');
    sh.wait(2);
    const inc = inject(sh, 'memory-leak web');
    const before = named(world, 'web').metrics.memoryUsageMiB;
    sh.wait(10);
    expect(named(world, 'web').metrics.memoryUsageMiB).toBe(before + 10 * LEAK_MIB_PER_TICK);
    // A new container of the same image leaks too: the bug is in the code.
    ok(sh, 'docker run -d --name web2 shop/web:1.0');
    sh.wait(5);
    expect(named(world, 'web2').profile.memoryGrowthMiB).toBe(LEAK_MIB_PER_TICK);
    expect(inc.state).toBe('open');

    ok(sh, 'docker rm -f web web2');
    ok(sh, 'docker run -d --name web -m 256m --restart always shop/web:1.0');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    // Contained, not cured: the kernel kills it at its limit and docker brings it back.
    waitUntil(sh, () => named(world, 'web').restartCount > 0, 30);
    expect(world.kernels.get('kernel-host-1')?.log.join('\n')).toMatch(/Memory cgroup out of memory: Killed process \d+ \(gunicorn\)/);
    sh.wait(5);
    expect(firing(world, 'ContainerOOMKilled', 'host-1/web')).toHaveLength(1);
    // Removing the leaking containers was the first action on them.
    expect(inc.detectedBy).toBe('console: docker rm -f web web2');
    expect(timings(inc)).toEqual({ ttd: 15, ttr: 15 });
  });

  it('without a limit, fills the machine until the kernel OOM killer runs; a fixed image resolves it', () => {
    const { world, sh } = sandboxWith((json) => {
      patchHostType(json, 'cs-8', { memory: '2g' });
    }, 2);
    ok(sh, 'docker -H host-2 run -d --name web --restart always shop/web:1.0');
    sh.wait(2);
    const inc = inject(sh, 'memory-leak host-2/web');
    waitUntil(sh, () => firing(world, 'MemoryPressure', 'host-2').length > 0, 300);
    ack(sh, 'MemoryPressure');
    expect(inc.detectedTick).toBe(world.tick);
    waitUntil(sh, () => (world.kernels.get('kernel-host-2')?.log.join('\n') ?? '').includes('Out of memory: Killed process'), 300);
    expect(named(world, 'web', 'host-2').restartCount).toBeGreaterThan(0);
    expect(inc.state).toBe('open');

    // The fixed release (1.1) has no leak.
    ok(sh, 'docker -H host-2 rm -f web');
    ok(sh, 'docker -H host-2 run -d --name web --restart always shop/web:1.1');
    waitUntil(sh, () => inc.state === 'resolved', 10);
    sh.wait(60);
    expect(named(world, 'web', 'host-2').profile.memoryGrowthMiB).toBe(0);
    const t = timings(inc);
    expect(t.ttd).not.toBeNull();
    expect(t.ttr).toBeGreaterThan(t.ttd ?? 0);
  });
});
