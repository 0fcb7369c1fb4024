// Concept (network virtualisation): a host's NIC link goes down. The host and its
// containers keep running, but nothing reaches them: to the monitoring it looks exactly
// like a dead host. Replacing the NIC (`host repair`) or running the work on a reachable
// host restores the service.
import { describe, expect, it } from 'vitest';
import { NIC_REPAIR_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('network-partition', () => {
  it('cuts the host off while it keeps running; a NIC repair resolves it', () => {
    const { world, sh } = sandbox(11);
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    const inc = inject(sh, 'network-partition host-2');
    const host = world.hosts.get('host-2');
    expect(host?.partitioned).toBe(true);
    expect(host?.state).toBe('up');
    expect(named(world, 'web', 'host-2').state).toBe('running');
    sh.wait(35);
    expect(firing(world, 'HostDown', 'host-2')).toHaveLength(1);
    ack(sh, 'HostDown');
    expect(ok(sh, 'host dmesg host-2')).toContain('NIC Link is Down');
    expect(ok(sh, 'host repair host-2')).toMatch(/NIC replacement started/);
    waitUntil(sh, () => inc.state === 'resolved', NIC_REPAIR_TICKS + 2);
    expect(host?.partitioned).toBeUndefined();
    expect(timings(inc).ttd).toBe(35);
    sh.wait(5);
    expect(firing(world, 'HostDown', 'host-2')).toHaveLength(0);
  });

  it('is resolved sooner by running the work on a reachable host', () => {
    const { world, sh } = sandbox(11);
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    const inc = inject(sh, 'network-partition host-2');
    sh.wait(10);
    ok(sh, 'docker -H host-1 run -d --name web nginx:1.25');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(world.hosts.get('host-2')?.partitioned).toBe(true);
  });
});
