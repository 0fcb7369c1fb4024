// Concept (cgroups, shared kernel): another team's batch job without limits lands next to
// a busy container. The CPU burner takes every core the others leave, and the victim
// gets only its fair share (CPU pressure); a quota on the hog gives it back. The memory
// eater grows until the kernel OOM killer acts, again and again, until it gets a limit.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, patchHostType, timings, waitUntil } from './helpers.ts';

/** The sandbox with a 4-core host-1 and a web image that wants 3 cores. */
function smallHost() {
  return sandboxWith((json) => {
    patchHostType(json, 'cs-16', { cores: 4 });
    const images = json.images as { ref: string; profile?: { cpuMillis: number } }[];
    const web = images.find((i) => i.ref === 'shop/web:1.0');
    if (web?.profile) web.profile.cpuMillis = 3000;
  }, 4);
}

describe('noisy-neighbour', () => {
  it('an unlimited cpuhog starves the victim; --cpus on the hog resolves it', () => {
    const { world, sh } = smallHost();
    ok(sh, 'docker run -d --name web shop/web:1.0');
    sh.wait(3);
    expect(named(world, 'web').metrics.cpuUsedMillis).toBe(3000);
    const inc = inject(sh, 'noisy-neighbour web --variant cpu');
    expect(world.commandLog.find((e) => e.actor === 'batch-team')?.line).toBe('docker -H host-1 run -d --name batch-1 cpuhog:1.0');
    waitUntil(sh, () => firing(world, 'ContainerCpuStarved', 'host-1/web').length > 0, 120);
    const web = named(world, 'web');
    expect(web.metrics.starvedPermille).toBeGreaterThan(300);
    expect(web.metrics.throttledPermille).toBe(0);
    ack(sh, 'ContainerCpuStarved');
    expect(inc.detectedTick).toBe(world.tick);
    // Restarting the victim changes nothing.
    ok(sh, 'docker restart web');
    sh.wait(5);
    expect(inc.state).toBe('open');
    ok(sh, 'docker rm -f batch-1');
    ok(sh, 'docker run -d --name batch-1 --cpus 0.5 cpuhog:1.0');
    sh.wait(2);
    expect(inc.state).toBe('resolved');
    expect(named(world, 'web').metrics.cpuUsedMillis).toBe(3000);
    expect(timings(inc).ttr).toBeGreaterThan(timings(inc).ttd ?? Infinity);
  });

  it('an unlimited memhog keeps the kernel OOM killer busy; removing it resolves it', () => {
    const { world, sh } = sandboxWith((json) => {
      patchHostType(json, 'cs-8', { memory: '4g' });
    }, 4);
    ok(sh, 'docker -H host-2 run -d --name web shop/web:1.0');
    const inc = inject(sh, 'noisy-neighbour host-2/web --variant memory');
    waitUntil(sh, () => firing(world, 'ContainerOOMKilled', 'host-2/batch-1').length > 0, 200);
    expect(world.kernels.get('kernel-host-2')?.log.join('\n')).toMatch(/Out of memory: Killed process \d+ \(memhog\)/);
    expect(named(world, 'web', 'host-2').state).toBe('running');
    sh.wait(60);
    expect(named(world, 'batch-1', 'host-2').restartCount).toBeGreaterThan(0);
    expect(inc.state).toBe('open');
    ok(sh, 'docker -H host-2 rm -f batch-1');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(inc.detectedBy).toBe('console: docker -H host-2 rm -f batch-1');
  });
});
