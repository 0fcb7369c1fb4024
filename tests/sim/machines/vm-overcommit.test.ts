// Concept: VM density limits. More busy vCPUs than cores gives every guest steal time
// and slows a booting neighbour; more committed RAM than the host has pushes guests
// into swap and slows them; beyond RAM + swap a VM cannot start at all.
import { describe, expect, it } from 'vitest';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { vmSpeedPermille } from '../../../shared/sim/systems/lifecycle.ts';
import { sandbox } from '../../helpers/sim.ts';
import { must, runIn, waitForVm } from './guest.ts';

/** Ticks a fresh 1-vCPU Linux VM on host-4 takes to boot, after `setup` ran. */
function bootTicksOnHost4(setup: (env: ReturnType<typeof sandbox>) => void): { ticks: number; env: ReturnType<typeof sandbox> } {
  const env = sandbox(1);
  setup(env);
  must(env.sh, 'vm create probe --host host-4 --vcpus 1 --memory 1g');
  return { ticks: waitForVm(env.sh, 'probe', 'running', 2000), env };
}

/** Three 4-vCPU guests on host-4's 8 cores (12 vCPUs), each running a CPU hog. */
function busyGuests({ world, sh }: ReturnType<typeof sandbox>): void {
  for (const n of ['g1', 'g2', 'g3']) must(sh, `vm create ${n} --host host-4 --vcpus 4 --memory 4g`);
  for (const n of ['g1', 'g2', 'g3']) waitForVm(sh, n, 'running');
  for (const n of ['g1', 'g2', 'g3']) runIn(world, n, 'cpuhog:1.0', `hog-${n}`);
  sh.wait(2);
}

describe('VM overcommit slowdown', () => {
  it('CPU: busy vCPUs beyond the cores give steal time, and a booting VM boots slower', () => {
    const calm = bootTicksOnHost4(() => {});
    const busy = bootTicksOnHost4(busyGuests);
    const g1 = busy.env.world.vms.get('g1');
    expect(g1?.metrics.stealPermille).toBeGreaterThan(200);
    expect(must(busy.env.sh, 'vm inspect g1')).toMatch(/steal [1-9]\d*\.\d%/);
    expect(must(busy.env.sh, 'host inspect host-4')).toMatch(/vCPU:core:\s+13:8 \(1\.63\) \(overcommitted/);
    // Same VM, same host: it boots markedly slower among busy neighbours.
    expect(busy.ticks).toBeGreaterThan(calm.ticks * 1.5);
  });

  it('CPU overcommit is allowed but warned about', () => {
    const { sh } = sandbox(1);
    must(sh, 'vm create a --host host-4 --vcpus 6 --memory 2g');
    const out = must(sh, 'vm create b --host host-4 --vcpus 6 --memory 2g');
    expect(out).toMatch(/warning: host-4 now has 12 vCPUs on 8 cores \(1\.50:1\)/);
  });

  it('RAM: committed memory beyond RAM means swap in use and slower guests', () => {
    const { world, sh } = sandbox(1);
    must(sh, 'vm create small --host host-4 --vcpus 2 --memory 8g');
    waitForVm(sh, 'small', 'running');
    const web = runIn(world, 'small', 'nginx:1.25', 'web');
    sh.wait(2);
    expect(world.hosts.get('host-4')?.metrics.swapUsedMiB).toBe(0);
    expect(web.metrics.cpuUsedMillis).toBe(web.metrics.cpuDemandMillis);
    const out = must(sh, 'vm create big --host host-4 --vcpus 2 --memory 24g');
    expect(out).toMatch(/warning: host-4 memory is overcommitted/);
    sh.wait(2);
    const host = world.hosts.get('host-4');
    const small = world.vms.get('small');
    if (!host || !small) throw new Error('missing');
    expect(host.metrics.swapUsedMiB).toBeGreaterThan(0);
    expect(small.metrics.swappedPermille).toBeGreaterThan(0);
    expect(vmSpeedPermille(small)).toBeLessThan(1000);
    // The app inside gets less done than it asks for.
    expect(web.metrics.cpuUsedMillis).toBeLessThan(web.metrics.cpuDemandMillis);
    expect(web.metrics.starvedPermille).toBeGreaterThan(0);
    expect(must(sh, 'vm inspect small')).toMatch(/Swapped:\s+[1-9]/);
  });

  it('RAM: a swapped guest boots slower than on a host with room', () => {
    const calm = bootTicksOnHost4(() => {});
    const swapped = bootTicksOnHost4(({ sh }) => {
      must(sh, 'vm create big --host host-4 --vcpus 2 --memory 30g');
    });
    expect(swapped.env.world.hosts.get('host-4')?.metrics.swapUsedMiB).toBeGreaterThan(0);
    expect(swapped.ticks).toBeGreaterThan(calm.ticks * 1.2);
  });

  it('is refused beyond RAM + swap, and the refusal changes nothing', () => {
    const { world, sh } = sandbox(1);
    must(sh, 'vm create a --host host-4 --vcpus 2 --memory 20g');
    must(sh, 'vm create b --host host-4 --vcpus 2 --memory 20g');
    const before = simulationHash(world);
    const r = sh.exec('vm create c --host host-4 --vcpus 2 --memory 8g');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^error: Failed to start domain 'c'\n/);
    expect(r.error).toMatch(/cannot set up guest memory 'pc\.ram': Cannot allocate memory/);
    expect(r.error).toMatch(/hint: host-4 has 32GiB of RAM and 16GiB of swap/);
    expect(simulationHash(world)).toBe(before);
    expect(world.vms.has('c')).toBe(false);
    // A smaller one still fits under RAM + swap.
    must(sh, 'vm create c --host host-4 --vcpus 1 --memory 2g');
  });
});
