// Concept: virtual machine & guest OS. A VM's own OS eats RAM before any application
// runs (0.5 GB Linux, 2 GB Windows), Windows carries a licence cost, and the host loses
// the VM's whole memory plus the hypervisor's per-VM overhead.
import { describe, expect, it } from 'vitest';
import { vmOverheadMiB } from '../../../shared/sim/machines.ts';
import { GUEST_OS } from '../../../shared/sim/realism.ts';
import { sandbox } from '../../helpers/sim.ts';
import { must, runIn, waitForVm } from './guest.ts';

describe('guest OS overhead', () => {
  it('an empty Linux VM already uses at least 512 MiB, far more than a container', () => {
    const { world, sh } = sandbox(1);
    must(sh, 'vm create lin --host host-3 --vcpus 1 --memory 2g');
    waitForVm(sh, 'lin', 'running');
    sh.wait(2);
    const vm = world.vms.get('lin');
    expect(vm?.metrics.memoryUsedMiB).toBeGreaterThanOrEqual(512);
    // A container of a real server needs no guest OS: tens of times less memory.
    const c = runIn(world, 'host-1', 'nginx:1.25', 'web');
    sh.wait(2);
    expect(c.metrics.memoryUsageMiB * 20).toBeLessThan(vm?.metrics.memoryUsedMiB ?? 0);
    expect(must(sh, 'vm inspect lin')).toMatch(/guest OS 512MiB \+ processes 0MiB/);
  });

  it('an empty Windows VM uses at least 2 GiB and carries a licence cost', () => {
    const { world, sh } = sandbox(1);
    const out = must(sh, 'vm create win --host host-3 --vcpus 2 --memory 4g --os windows');
    expect(out).toMatch(/Licence: .*\$0\.50 per hour/);
    waitForVm(sh, 'win', 'running');
    sh.wait(2);
    expect(world.vms.get('win')?.metrics.memoryUsedMiB).toBeGreaterThanOrEqual(2048);
    expect(GUEST_OS.windows.licencePerHour).toBeGreaterThan(0);
    expect(GUEST_OS.linux.licencePerHour).toBe(0);
    expect(must(sh, 'vm inspect win')).toMatch(/Licence:\s+\$0\.50\/hour/);
    expect(must(sh, 'vm inspect win')).not.toMatch(/Licence:\s+none/);
  });

  it("the host's free memory drops by the VM's size plus the hypervisor's per-VM overhead", () => {
    const { world, sh } = sandbox(1);
    sh.wait(1);
    const host = world.hosts.get('host-3');
    if (!host) throw new Error('no host-3');
    const before = host.metrics.memoryUsedMiB;
    must(sh, 'vm create lin --host host-3 --vcpus 2 --memory 4g');
    sh.wait(1);
    const dropped = host.metrics.memoryUsedMiB - before;
    expect(dropped).toBe(4096 + vmOverheadMiB(host, 2));
    expect(dropped).toBeGreaterThan(4096);
  });
});
