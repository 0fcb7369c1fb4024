// Concept (shared kernel): a kernel panic kills every process on that kernel, whatever
// container it was in; a container in a VM runs on the guest's own kernel and lives on.
// The watchdog reboots the machine, and containers with a restart policy come back.
import { describe, expect, it } from 'vitest';
import { HOST_BOOT_TICKS, PANIC_REBOOT_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { firing, inject, named, ok, refused, timings, waitUntil } from './helpers.ts';

function withVm(seed: number) {
  const { world, sh } = sandbox(seed);
  ok(sh, 'vm create vm-a --host host-3 --vcpus 2 --memory 4g');
  waitUntil(sh, () => world.vms.get('vm-a')?.state === 'running', 120);
  return { world, sh };
}

describe('kernel-panic', () => {
  it('kills every container on the host kernel but not those in a VM; the reboot brings back the restart-policy ones', () => {
    const { world, sh } = withVm(12);
    ok(sh, 'docker -H host-1 run -d --name web --restart always nginx:1.25');
    ok(sh, 'docker -H host-1 run -d --name job --userns postgres:16');
    ok(sh, 'docker -H vm-a run -d --name guest nginx:1.25');
    const inc = inject(sh, 'kernel-panic host-1');
    expect(named(world, 'web').state).toBe('restarting');
    expect(named(world, 'job').exitCode).toBe(255);
    expect(named(world, 'guest', 'vm-a').state).toBe('running');
    expect(world.kernels.get('kernel-host-1')?.state).toBe('panicked');
    expect(world.kernels.get('kernel-host-1')?.log).toContain('Kernel panic - not syncing: Fatal exception in interrupt');
    expect(refused(sh, 'docker -H host-1 ps')).toMatch(/host-1/);
    sh.wait(35);
    expect(firing(world, 'HostDown', 'host-1')).toHaveLength(1);
    waitUntil(sh, () => named(world, 'web').state === 'running', PANIC_REBOOT_TICKS + HOST_BOOT_TICKS + 5);
    expect(ok(sh, 'host dmesg host-1')).toMatch(/Kernel panic - not syncing[\s\S]*-- Reboot --[\s\S]*Linux version/);
    // The container without a restart policy stays down until someone starts it.
    sh.wait(2);
    expect(inc.state).toBe('open');
    ok(sh, 'docker -H host-1 start job');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(timings(inc).ttd).toBe(0);
  });

  it('in a VM, takes only that guest: the host and other machines are untouched, and the guest reboots', () => {
    const { world, sh } = withVm(12);
    ok(sh, 'docker -H vm-a run -d --name guest --restart always nginx:1.25');
    ok(sh, 'docker -H host-1 run -d --name web nginx:1.25');
    const inc = inject(sh, 'kernel-panic vm-a');
    expect(named(world, 'guest', 'vm-a').state).toBe('restarting');
    expect(named(world, 'web').state).toBe('running');
    sh.wait(35);
    expect(firing(world, 'VmDown', 'vm-a')).toHaveLength(1);
    waitUntil(sh, () => inc.state === 'resolved', PANIC_REBOOT_TICKS + 120);
    expect(named(world, 'guest', 'vm-a').state).toBe('running');
  });

  it('refuses a type-1 hypervisor host, which has no kernel of its own', () => {
    const { sh } = sandbox(12);
    expect(refused(sh, 'inject kernel-panic host-3')).toMatch(/^inject: kernel-panic needs a machine with a running kernel .*: host-3 runs a type-1 hypervisor with no host kernel of its own/);
  });
});
