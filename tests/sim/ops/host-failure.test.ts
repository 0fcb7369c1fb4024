// Concept (hardware, scheduling): a host's hardware dies and everything on it stops:
// its containers (exit 255), its VMs and theirs. The monitoring sees a host that no
// longer answers. Starting the work on another host restores it; `host repair` brings
// the host back after a while, with the restart-policy containers and autostart VMs.
import { describe, expect, it } from 'vitest';
import { HOST_REPAIR_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, refused, timings, waitUntil } from './helpers.ts';

describe('host-failure', () => {
  it('stops everything on the host; running the work elsewhere resolves it', () => {
    const { world, sh } = sandbox(6);
    ok(sh, 'docker -H host-2 run -d --name web --restart always shop/web:1.0');
    ok(sh, 'docker -H host-1 run -d --name other nginx:1.25');
    const inc = inject(sh, 'host-failure host-2');
    expect(world.hosts.get('host-2')?.state).toBe('down');
    expect(named(world, 'web', 'host-2').state).toBe('restarting');
    expect(named(world, 'other', 'host-1').state).toBe('running');
    sh.wait(29);
    expect(firing(world, 'HostDown', 'host-2')).toHaveLength(0);
    sh.wait(6);
    expect(firing(world, 'HostDown', 'host-2')).toHaveLength(1);
    // One page for the host, not one per container on it.
    expect(firing(world, 'ContainerExited')).toHaveLength(0);
    ack(sh, 'HostDown');
    expect(refused(sh, 'docker -H host-2 ps')).toMatch(/host-2/);
    ok(sh, 'docker -H host-1 run -d --name web --restart always shop/web:1.0');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    // The new container first pulled its image onto host-1.
    expect(timings(inc).ttd).toBe(35);
    expect(timings(inc).ttr).toBeGreaterThan(35);
  });

  it('host repair brings the host back: restart-policy containers and running VMs return, the rest must be started', () => {
    const { world, sh } = sandbox(6);
    ok(sh, 'docker -H host-2 run -d --name web --restart always shop/web:1.0');
    ok(sh, 'docker -H host-2 run -d --name db postgres:16');
    const inc = inject(sh, 'host-failure host-2');
    expect(named(world, 'db', 'host-2').exitCode).toBe(255);
    expect(ok(sh, 'host repair host-2')).toMatch(/repair started/);
    sh.wait(HOST_REPAIR_TICKS - 1);
    expect(inc.detectedBy).toBe('console: host repair host-2');
    expect(world.hosts.get('host-2')?.state).toBe('down');
    sh.wait(2);
    expect(world.hosts.get('host-2')?.state).toBe('up');
    waitUntil(sh, () => named(world, 'web', 'host-2').state === 'running', 5);
    expect(named(world, 'db', 'host-2').state).toBe('exited');
    expect(ok(sh, 'host dmesg host-2')).toContain('Machine Check Exception');
    expect(inc.state).toBe('open');
    ok(sh, 'docker -H host-2 start db');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
  });

  it('a hypervisor host takes its VMs down; they boot again after the repair', () => {
    const { world, sh } = sandbox(6);
    ok(sh, 'vm create vm-a --host host-3 --vcpus 2 --memory 4g');
    waitUntil(sh, () => world.vms.get('vm-a')?.state === 'running', 120);
    const inc = inject(sh, 'host-failure host-3');
    expect(world.vms.get('vm-a')?.state).toBe('shut-off');
    ok(sh, 'host repair host-3');
    waitUntil(sh, () => world.vms.get('vm-a')?.state === 'running', HOST_REPAIR_TICKS + 120);
    sh.wait(1);
    expect(inc.state).toBe('resolved');
  });

  it('refuses a repair of a healthy host, changing nothing', () => {
    const { sh } = sandbox(6);
    expect(refused(sh, 'host repair host-1')).toMatch(/^error: host 'host-1' is up and healthy: nothing to repair/);
    expect(refused(sh, 'host repair host-9')).toMatch(/^error: host 'host-9' not found/);
  });
});
