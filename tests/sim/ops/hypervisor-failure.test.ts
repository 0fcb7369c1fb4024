// Concept (hypervisor, VMs): the hypervisor of a host crashes and every VM on it stops as
// if its power was cut; containers on bare-metal hosts do not notice. The VMs must be
// started again (`vm start`); their containers with a restart policy come back at boot.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('hypervisor-failure', () => {
  it('crashes the VMs of the host, not the containers of bare-metal hosts; vm start resolves it', () => {
    const { world, sh } = sandbox(13);
    ok(sh, 'vm create vm-a --host host-3 --vcpus 2 --memory 4g');
    ok(sh, 'vm create vm-b --host host-3 --vcpus 2 --memory 4g');
    waitUntil(sh, () => world.vms.get('vm-b')?.state === 'running', 120);
    ok(sh, 'docker -H vm-a run -d --name guest --restart always nginx:1.25');
    ok(sh, 'docker -H host-1 run -d --name bare nginx:1.25');
    const inc = inject(sh, 'hypervisor-failure host-3');
    expect(world.vms.get('vm-a')?.state).toBe('crashed');
    expect(world.vms.get('vm-b')?.state).toBe('crashed');
    expect(named(world, 'guest', 'vm-a').state).toBe('restarting');
    expect(named(world, 'bare').state).toBe('running');
    sh.wait(35);
    expect(firing(world, 'VmDown').map((a) => a.subject).sort()).toEqual(['vm-a', 'vm-b']);
    ack(sh, 'VmDown');
    ok(sh, 'vm start vm-a');
    ok(sh, 'vm start vm-b');
    waitUntil(sh, () => inc.state === 'resolved', 120);
    expect(named(world, 'guest', 'vm-a').state).toBe('running');
    expect(timings(inc).ttd).toBe(35);
  });

  it('refuses a container host: it runs no hypervisor', () => {
    const { sh } = sandbox(13);
    const r = sh.exec('inject hypervisor-failure host-1');
    expect(r.error).toBe('inject: hypervisor-failure needs a hypervisor host that is up: host-1 is a container host: it runs no hypervisor; hypervisor hosts that are up: host-3, host-4');
  });
});
