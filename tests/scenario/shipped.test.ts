// The shipped scenarios load, validate and build; the reference benchmark world has the
// size the benchmark promises and stays in steady state.
import { describe, expect, it } from 'vitest';
import { listScenarioIds } from '../../server/scenarios/catalog.ts';
import { loadScenario } from '../../server/scenarios/loadScenario.ts';
import { step } from '../../shared/sim/step.ts';
import { createWorld } from '../../shared/sim/world.ts';
import type { World } from '../../shared/sim/model.ts';

function count<T>(items: Iterable<T>, pred: (x: T) => boolean): number {
  let n = 0;
  for (const x of items) if (pred(x)) n++;
  return n;
}

describe('shipped scenarios', () => {
  it('each file validates, builds a world, and carries its file name as id', () => {
    const ids = listScenarioIds();
    expect(ids).toEqual(expect.arrayContaining(['sandbox', 'bench-10k', 'bench-level']));
    for (const id of ids) {
      const scenario = loadScenario(id);
      expect(scenario.id).toBe(id);
      // bench-10k is built (and measured) below; building it twice only costs time.
      if (id !== 'bench-10k') expect(() => createWorld(scenario, 1)).not.toThrow();
    }
  });

  it('sandbox has the hosts the issue asks for', () => {
    const world = createWorld(loadScenario('sandbox'), 1);
    expect(world.hosts.get('host-1')?.role).toBe('container-host');
    expect(world.hosts.get('host-2')?.role).toBe('container-host');
    expect(world.hosts.get('host-3')?.role).toBe('hypervisor');
    expect(world.hosts.get('host-4')?.role).toBe('hypervisor');
  });

  it('bench-level is level-sized: about 20 hosts and 300 containers', () => {
    const world = createWorld(loadScenario('bench-level'), 1);
    expect(world.hosts.size).toBe(20);
    expect(count(world.containers.values(), (c) => c.state === 'running')).toBe(300);
  });
});

describe('bench-10k, the reference world', () => {
  let world: World;

  it('has 1,000 hosts, 4,000 running VMs, 9,000 containers and a 1,000-replica deployment', () => {
    world = createWorld(loadScenario('bench-10k'), 1);
    expect(world.hosts.size).toBe(1000);
    expect(count(world.hosts.values(), (h) => h.role === 'container-host')).toBe(500);
    expect(count(world.vms.values(), (v) => v.state === 'running')).toBe(4000);
    expect(count(world.vms.values(), (v) => v.os === 'windows')).toBe(500);
    expect(count(world.containers.values(), (c) => c.state === 'running')).toBe(9_000);
    expect(world.k8s.deployments.get('cache')?.replicas).toBe(1000);
    expect(world.services.size).toBe(2);
    // Hypervisors each carry 8 VMs, round-robin.
    const perHost = new Map<string, number>();
    for (const v of world.vms.values()) perHost.set(v.hostId, (perHost.get(v.hostId) ?? 0) + 1);
    expect(new Set(perHost.values())).toEqual(new Set([8]));
  });

  it('runs 10,000 containers once its pods are up, then stays steady for 600 ticks: no OOM kill, no full disk, no exit, no steal or swap', () => {
    // The controllers, the scheduler and the kubelets bring the deployment's pods up first.
    for (let i = 0; i < 30; i++) step(world, []);
    expect(count(world.containers.values(), (c) => c.state === 'running')).toBe(10_000);
    const bad: string[] = [];
    for (let i = 0; i < 600; i++) {
      for (const e of step(world, []).events) if (e.kind === 'happening') bad.push(`${e.tick} ${e.type} ${e.subject}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(count(world.containers.values(), (c) => c.state === 'running')).toBe(10_000);
    expect(count(world.vms.values(), (v) => v.metrics.stealPermille > 0 || v.metrics.swappedPermille > 0)).toBe(0);
    for (const h of world.hosts.values()) {
      expect(h.metrics.memoryUsedMiB).toBeLessThan(h.memoryMiB * 0.9);
      expect(h.metrics.diskUsedMiB).toBeLessThan(h.diskMiB * 0.5);
    }
  });
});
