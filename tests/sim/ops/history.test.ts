// Concept (observability): metrics are kept as bounded histories, sampled every ten
// seconds, ten minutes deep: host CPU, memory and disk, VM steal, container CPU and
// memory, service requests, latency and errors.
import { describe, expect, it } from 'vitest';
import { HISTORY_CAPACITY, HISTORY_EVERY_TICKS } from '../../../shared/sim/ops/figures.ts';
import { seriesFor } from '../../../shared/sim/ops/systems/history.ts';
import { sandbox } from '../../helpers/sim.ts';
import { inject, ok } from './helpers.ts';

describe('metric histories', () => {
  it('samples every ten seconds into bounded series', () => {
    const { world, sh } = sandbox(23);
    ok(sh, 'docker run -d --name web -l app=shop-web shop/web:1.0');
    sh.wait(200);
    const cpu = seriesFor(world, 'host-1.cpu');
    expect(cpu?.everyTicks).toBe(HISTORY_EVERY_TICKS);
    expect(cpu?.samples.length).toBeGreaterThanOrEqual(19);
    expect(seriesFor(world, 'host-1/web.memory')?.samples.at(-1)).toBe(world.containers.values().next().value?.metrics.memoryUsageMiB);
    expect(seriesFor(world, 'shop-web.rps')?.samples.at(-1)).toBeGreaterThan(0);
    expect(seriesFor(world, 'host-9.cpu')).toBeNull();
    sh.wait(HISTORY_CAPACITY * HISTORY_EVERY_TICKS);
    expect(seriesFor(world, 'host-1.cpu')?.samples).toHaveLength(HISTORY_CAPACITY);
  });

  it('shows a leak as a rising memory series and a dead host as zeros', () => {
    const { world, sh } = sandbox(23);
    ok(sh, 'docker -H host-2 run -d --name web shop/web:1.0');
    sh.wait(20);
    inject(sh, 'memory-leak host-2/web');
    sh.wait(100);
    const mem = seriesFor(world, 'host-2/web.memory')?.samples ?? [];
    expect(mem.at(-1)).toBeGreaterThan((mem.at(-5) ?? Infinity) + 200);
    inject(sh, 'host-failure host-2');
    sh.wait(30);
    expect(seriesFor(world, 'host-2.cpu')?.samples.at(-1)).toBe(0);
  });
});
