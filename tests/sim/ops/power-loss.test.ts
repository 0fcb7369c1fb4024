// Concept (hardware): a rack loses its power feed and every host in it stops at once;
// work kept in another rack is untouched. Facilities restore the power after a while,
// the hosts boot, and containers with a restart policy come back by themselves.
import { describe, expect, it } from 'vitest';
import { HOST_BOOT_TICKS, POWER_RESTORE_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { firing, inject, named, ok, refused, timings, waitUntil } from './helpers.ts';

describe('power-loss', () => {
  it('takes the whole rack down, and no repair helps until the power is back', () => {
    const { world, sh } = sandbox(8);
    ok(sh, 'docker -H host-1 run -d --name web --restart always nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name api --restart always nginx:1.25');
    ok(sh, 'vm create vm-a --host host-3 --vcpus 2 --memory 4g');
    waitUntil(sh, () => world.vms.get('vm-a')?.state === 'running', 120);
    ok(sh, 'docker -H vm-a run -d --name far nginx:1.25');
    const inc = inject(sh, 'power-loss rack-1');
    expect(world.racks.get('rack-1')?.powered).toBe(false);
    expect(world.hosts.get('host-1')?.state).toBe('down');
    expect(world.hosts.get('host-2')?.state).toBe('down');
    expect(world.hosts.get('host-3')?.state).toBe('up');
    expect(named(world, 'far', 'vm-a').state).toBe('running');
    sh.wait(35);
    expect(firing(world, 'HostDown').map((a) => a.subject).sort()).toEqual(['host-1', 'host-2']);
    expect(refused(sh, 'host repair host-1')).toMatch(/^error: host 'host-1' has no power/);
    waitUntil(sh, () => inc.state === 'resolved', POWER_RESTORE_TICKS + HOST_BOOT_TICKS + 10);
    expect(named(world, 'web', 'host-1').state).toBe('running');
    expect(named(world, 'api', 'host-2').state).toBe('running');
    expect(timings(inc).ttd).toBe(35);
    expect(timings(inc).ttr).toBeGreaterThanOrEqual(POWER_RESTORE_TICKS + HOST_BOOT_TICKS);
  });

  it('is resolved as soon as the work runs in another rack', () => {
    const { world, sh } = sandbox(8);
    ok(sh, 'vm create vm-a --host host-3 --vcpus 2 --memory 4g');
    waitUntil(sh, () => world.vms.get('vm-a')?.state === 'running', 120);
    ok(sh, 'docker -H host-1 run -d --name web nginx:1.25');
    const inc = inject(sh, 'power-loss rack-1');
    sh.wait(10);
    ok(sh, 'docker -H vm-a run -d --name web nginx:1.25');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(timings(inc).ttr).toBeLessThan(30);
  });
});
