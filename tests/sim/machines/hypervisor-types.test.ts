// Concept: hypervisor type 1 vs type 2. On identical hardware, a hosted (type-2)
// hypervisor keeps more CPU and RAM for itself and its host OS than a bare-metal one,
// and its guests boot slower.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { must, waitForVm } from './guest.ts';

/** The sandbox with host-4 on the same hardware as host-3, so only the hypervisor type differs. */
function twins() {
  return sandboxWith((json) => {
    const racks = json.racks as { hosts: { id: string; type: string }[] }[];
    for (const r of racks) for (const h of r.hosts) if (h.id === 'host-4') h.type = 'hv-32';
  });
}

describe('hypervisor type 1 vs type 2', () => {
  it('type 2 leaves less CPU and RAM for guests than type 1 on the same hardware', () => {
    const { world, sh } = twins();
    must(sh, 'vm create a --host host-3 --vcpus 2 --memory 4g');
    must(sh, 'vm create b --host host-4 --vcpus 2 --memory 4g');
    waitForVm(sh, 'a', 'running');
    waitForVm(sh, 'b', 'running');
    sh.wait(2);
    const t1 = world.hosts.get('host-3')?.metrics;
    const t2 = world.hosts.get('host-4')?.metrics;
    if (!t1 || !t2) throw new Error('hosts missing');
    // Same guests, same hardware: the difference is the hypervisor's own cost.
    expect(t2.cpuUsedMillis).toBeGreaterThan(t1.cpuUsedMillis * 2);
    expect(t2.memoryUsedMiB - t1.memoryUsedMiB).toBeGreaterThanOrEqual(1024);
    const i1 = must(sh, 'host inspect host-3');
    const i2 = must(sh, 'host inspect host-4');
    expect(i1).toMatch(/CPU:\s+3% of the cores/);
    expect(i2).toMatch(/CPU:\s+12% of the cores/);
    expect(i1).toMatch(/Kernel:\s+none/);
    expect(i2).toMatch(/Kernel:\s+6\.1\.0-18-amd64/);
  });

  it('a type-2 guest boots slower than the same guest on type 1', () => {
    const { sh } = twins();
    must(sh, 'vm create a --host host-3 --vcpus 2 --memory 4g');
    must(sh, 'vm create b --host host-4 --vcpus 2 --memory 4g');
    const t1 = waitForVm(sh, 'a', 'running');
    const t2 = t1 + waitForVm(sh, 'b', 'running');
    expect(t2).toBeGreaterThan(t1);
    expect(t2 / t1).toBeGreaterThan(1.1);
    expect(t2 / t1).toBeLessThan(2);
  });
});
