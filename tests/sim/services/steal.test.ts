// Concept (CPU overcommit, steal time): a backend in a VM whose hypervisor host is
// overcommitted waits for physical cores. Every request takes longer, so the steal shows
// first as latency; the VM also gets less done per second, so a load it served easily
// before now overloads it.
import { describe, expect, it } from 'vitest';
import { runBackend, shop, shopWorld } from './world.ts';

/** The shop served from a 4-vCPU VM on host-3 (32 cores); `hogs` lets two 32-vCPU VMs burn CPU next to it. */
function inVm(rps: number, hogs: boolean) {
  const w = shopWorld({ rps });
  const lines = ['vm create web-vm --host host-3 --vcpus 4 --memory 4g', 'vm create hog-a --host host-3 --vcpus 32 --memory 8g', 'vm create hog-b --host host-3 --vcpus 32 --memory 8g'];
  for (const l of lines) if (!w.sh.exec(l).ok) throw new Error(l);
  w.sh.wait(60);
  runBackend(w.sh, 'web-1', '', 'web-vm');
  if (hogs) for (const vm of ['hog-a', 'hog-b']) if (!w.sh.exec(`docker -H ${vm} run -d --name hog cpuhog:1.0`).ok) throw new Error(vm);
  w.sh.wait(5);
  return { ...w, s: shop(w.world), vm: w.world.vms.get('web-vm') };
}

describe('steal time and a service', () => {
  it('shows first as latency: same load, no errors, much slower', () => {
    const calm = inVm(40, false);
    const stolen = inVm(40, true);
    expect(calm.vm?.metrics.stealPermille).toBe(0);
    expect(stolen.vm?.metrics.stealPermille).toBeGreaterThan(300);
    expect(stolen.s.metrics.errorRps).toBe(0);
    expect(stolen.s.metrics.latencyMsP95).toBeGreaterThan(2 * calm.s.metrics.latencyMsP95);
    expect(stolen.sh.exec('service inspect shop').output).toMatch(/hint: web-vm waits for physical CPUs \(steal \d+\.\d%\)/);
  });

  it('then as errors: a load the calm VM serves overloads the stolen one', () => {
    const calm = inVm(100, false);
    const stolen = inVm(100, true);
    expect(calm.s.metrics.errorRps).toBe(0);
    expect(stolen.s.metrics.timeoutRps).toBeGreaterThan(5);
    expect(stolen.s.metrics.cause).toBe('overload');
  });
});
