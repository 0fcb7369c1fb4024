// Concept: VMs are isolated. Each guest has its own kernel, so an OOM storm or a hard
// crash inside one VM leaves the containers of a neighbour VM on the same host alone;
// the evidence is in the guest's own kernel log, not in the app's log.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { must, runIn, waitForVm } from './guest.ts';

function twoVms() {
  const env = sandbox(1);
  must(env.sh, 'vm create vm-a --host host-3 --vcpus 2 --memory 2g');
  must(env.sh, 'vm create vm-b --host host-3 --vcpus 2 --memory 2g');
  waitForVm(env.sh, 'vm-a', 'running');
  waitForVm(env.sh, 'vm-b', 'running');
  return env;
}

describe('VM isolation', () => {
  it("an out-of-memory kill inside one VM does not touch a neighbour VM's containers", () => {
    const { world, sh } = twoVms();
    const hog = runIn(world, 'vm-a', 'memhog:1.0', 'hog');
    const web = runIn(world, 'vm-b', 'nginx:1.25', 'web');
    sh.wait(60);
    // The hog filled vm-a's memory (no cgroup limit) and the guest kernel killed it.
    expect(hog.state).toBe('exited');
    expect(hog.oomKilled).toBe(true);
    expect(hog.exitCode).toBe(137);
    const dmesgA = must(sh, 'host dmesg vm-a');
    expect(dmesgA).toMatch(/Out of memory: Killed process \d+ \(memhog\)/);
    // Its app log says nothing about why it died; the kernel log does.
    expect(hog.logs.join('\n')).not.toMatch(/Out of memory/);
    // Next door, nothing happened.
    expect(web.state).toBe('running');
    expect(web.restartCount).toBe(0);
    expect(web.oomKilled).toBe(false);
    expect(must(sh, 'host dmesg vm-b')).not.toMatch(/Killed process/);
    expect(world.vms.get('vm-b')?.state).toBe('running');
  });

  it("powering one VM off kills its containers only", () => {
    const { world, sh } = twoVms();
    const a = runIn(world, 'vm-a', 'nginx:1.25', 'a');
    const b = runIn(world, 'vm-b', 'nginx:1.25', 'b');
    must(sh, 'vm stop --force vm-a');
    sh.wait(5);
    expect(a.state).toBe('exited');
    expect(a.exitCode).toBe(255);
    expect(b.state).toBe('running');
    expect(world.vms.get('vm-b')?.state).toBe('running');
  });
});
