// Concept (VM density): another team packs busy VMs onto a hypervisor host until its
// vCPUs are promised twice over. Every guest then waits for a physical core (steal
// time), including the ones that were there first. Stopping the extra VMs resolves it.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, ok, timings, waitUntil } from './helpers.ts';

describe('vm-overcommit', () => {
  it('busy extra VMs bring steal time to every guest; stopping them resolves it', () => {
    const { world, sh } = sandbox(14);
    ok(sh, 'vm create vm-a --host host-3 --vcpus 4 --memory 4g');
    waitUntil(sh, () => world.vms.get('vm-a')?.state === 'running', 120);
    ok(sh, 'docker -H vm-a run -d --name crunch --cpus 3 cpuhog:1.0');
    sh.wait(5);
    expect(world.vms.get('vm-a')?.metrics.stealPermille).toBe(0);
    const inc = inject(sh, 'vm-overcommit host-3 --variant cpu');
    const batch = [...world.vms.values()].filter((v) => v.name.startsWith('batch-vm-'));
    // 32 cores, 4 vCPUs in use: 60 more vCPUs make 64, two per core.
    expect(batch).toHaveLength(8);
    expect(world.commandLog.filter((e) => e.actor === 'batch-team')[0]?.line).toBe('vm create batch-vm-1 --host host-3 --vcpus 8 --memory 2g');
    waitUntil(sh, () => firing(world, 'HighCpuSteal', 'vm-a').length > 0, 240);
    expect(world.vms.get('vm-a')?.metrics.stealPermille).toBeGreaterThan(300);
    ack(sh, 'HighCpuSteal');
    for (const vm of batch) ok(sh, `vm stop --force ${vm.name}`);
    waitUntil(sh, () => inc.state === 'resolved', 40);
    expect(world.vms.get('vm-a')?.metrics.stealPermille).toBe(0);
    expect(timings(inc).ttd).not.toBeNull();
  });

  it('memory overcommit pages guests out to swap', () => {
    const { world, sh } = sandbox(14);
    inject(sh, 'vm-overcommit host-3 --variant memory');
    waitUntil(sh, () => firing(world, 'HostSwapping', 'host-3').length > 0, 200);
    expect(world.hosts.get('host-3')?.metrics.swapUsedMiB).toBeGreaterThan(0);
  });
});
