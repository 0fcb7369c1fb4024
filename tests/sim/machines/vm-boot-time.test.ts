// Concept: a VM boots like a computer (firmware, kernel, init): tens of seconds, many
// times a container's one-second start; a Windows guest takes longer than Linux.
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../shared/sim/machines.ts';
import { CONTAINER_START_TICKS } from '../../../shared/sim/realism.ts';
import { sandbox } from '../../helpers/sim.ts';
import { must, waitForVm } from './guest.ts';

describe('VM boot takes tens of seconds', () => {
  it('a Linux guest needs at least 25 s, twenty times a container start', () => {
    const { world, sh } = sandbox(1);
    must(sh, 'vm create lin --host host-3 --vcpus 2 --memory 2g');
    expect(world.vms.get('lin')?.state).toBe('booting');
    // Nothing can run in it while it boots.
    expect(resolveTarget(world, 'lin')).toEqual({ ok: false, reason: 'vm-off' });
    const ticks = waitForVm(sh, 'lin', 'running');
    expect(ticks).toBeGreaterThanOrEqual(25);
    expect(ticks).toBeLessThanOrEqual(60);
    expect(ticks / CONTAINER_START_TICKS).toBeGreaterThanOrEqual(20);
    expect(world.kernels.get('kernel-lin')?.state).toBe('up');
    expect(resolveTarget(world, 'lin').ok).toBe(true);
  });

  it('a Windows guest boots slower than a Linux one', () => {
    const { sh } = sandbox(1);
    must(sh, 'vm create lin --host host-3 --vcpus 2 --memory 4g');
    must(sh, 'vm create win --host host-3 --vcpus 2 --memory 4g --os windows');
    const lin = waitForVm(sh, 'lin', 'running');
    const win = lin + waitForVm(sh, 'win', 'running');
    expect(win).toBeGreaterThan(lin * 1.5);
    expect(win).toBeLessThanOrEqual(120);
  });

  it('vm list shows the boot progress, then the uptime', () => {
    const { sh } = sandbox(1);
    must(sh, 'vm create lin --host host-3 --vcpus 1 --memory 1g');
    sh.wait(15);
    expect(must(sh, 'vm list')).toMatch(/lin\s+host-3\s+booting \((4|5)\d%\)/);
    waitForVm(sh, 'lin', 'running');
    sh.wait(5);
    expect(must(sh, 'vm list')).toMatch(/lin\s+host-3\s+running\s+1\s+1GiB\s+linux\s+5 seconds/);
  });
});
