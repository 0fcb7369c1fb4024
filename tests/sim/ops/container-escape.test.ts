// Concept (namespaces, shared kernel, VMs): an attacker breaks out of a container with a
// kernel exploit. Without a user namespace they are root on that kernel: every container
// on the host is exposed and only reinstalling the host cleans it. With `--userns` root
// in the container is an unprivileged uid outside: it stays contained. In a VM only
// that VM is affected: its kernel is all the attacker reaches.
import { describe, expect, it } from 'vitest';
import { HOST_REIMAGE_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('container-escape', () => {
  it('without --userns: root on the host, every container exposed; a reboot is not enough, a reimage is', () => {
    const { world, sh } = sandbox(20);
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name db postgres:16');
    const inc = inject(sh, 'container-escape host-2/web');
    expect(inc.variant).toBe('host-root');
    expect(inc.data.exposed).toBe(2);
    sh.wait(5);
    const alert = firing(world, 'SecurityBreach', 'host-2')[0];
    expect(alert?.summary).toBe('Falco: container escape from host-2/web as root (uid 0) on host-2');
    ack(sh, 'SecurityBreach');
    ok(sh, 'docker -H host-2 rm -f web');
    sh.wait(2);
    expect(inc.state).toBe('open');
    expect(ok(sh, 'host repair --reimage host-2')).toMatch(/reinstalled from a clean image/);
    waitUntil(sh, () => inc.state === 'resolved', HOST_REIMAGE_TICKS + 2);
    expect(world.hosts.get('host-2')?.state).toBe('up');
    // Everything that was on the disk is gone with the intruder.
    expect([...world.containers.values()].filter((c) => c.targetId === 'host-2')).toHaveLength(0);
    expect(Object.keys(world.hosts.get('host-2')?.store.tags ?? {})).toEqual([]);
    expect(timings(inc).ttd).toBe(5);
  });

  it('with --userns: an unprivileged uid outside, contained in the one container; removing it resolves it', () => {
    const { world, sh } = sandbox(20);
    ok(sh, 'docker -H host-2 run -d --name web --userns nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name db postgres:16');
    const inc = inject(sh, 'container-escape host-2/web');
    expect(inc.variant).toBe('userns');
    expect(ok(sh, 'host dmesg host-2')).toMatch(/apparmor="DENIED" operation="mount"/);
    sh.wait(5);
    expect(firing(world, 'SecurityBreach', 'host-2/web')[0]?.summary).toBe('Falco: container escape from host-2/web as uid 165536 on host-2/web');
    expect(firing(world, 'SecurityBreach', 'host-2')).toHaveLength(0);
    ok(sh, 'docker -H host-2 rm -f web');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(named(world, 'db', 'host-2').state).toBe('running');
  });

  it('in a VM: only that VM is compromised; deleting the VM resolves it', () => {
    const { world, sh } = sandbox(20);
    ok(sh, 'vm create vm-a --host host-3 --vcpus 2 --memory 4g');
    waitUntil(sh, () => world.vms.get('vm-a')?.state === 'running', 120);
    ok(sh, 'docker -H vm-a run -d --name web nginx:1.25');
    ok(sh, 'docker -H host-1 run -d --name other nginx:1.25');
    const inc = inject(sh, 'container-escape vm-a/web');
    expect(inc.variant).toBe('vm-root');
    expect(inc.data.exposed).toBe(1);
    sh.wait(5);
    expect(firing(world, 'SecurityBreach').map((a) => a.subject)).toEqual(['vm-a']);
    ok(sh, 'vm delete vm-a');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(named(world, 'other').state).toBe('running');
  });
});
