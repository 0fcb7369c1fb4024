// What a node offers the scheduler: the machine's capacity minus the system
// reservations of GKE's table (a share of each band of CPU and memory, plus the 100 Mi
// eviction threshold). The reservation is bookkeeping for the scheduler only: the
// kernel still lets docker containers use the memory, as before the cluster.
import { describe, expect, it } from 'vitest';
import { allocatableFor, reservedCpuMillis, reservedMemoryMiB } from '../../../shared/sim/k8s/nodes.ts';
import { clusterSandbox, withVms } from './cluster.ts';

describe('node allocatable', () => {
  it('follows the GKE reservation table (a 150 GiB node keeps about 140.1 GiB)', () => {
    const a = allocatableFor({ cpuMillis: 32_000, memoryMiB: 150 * 1024, pods: 110 });
    expect(Math.round((a.memoryMiB / 1024) * 10) / 10).toBe(140.1);
    expect(reservedMemoryMiB(4096)).toBe(1024 + 100);
    expect(reservedMemoryMiB(8192)).toBe(1024 + 819 + 100);
    expect(reservedMemoryMiB(512)).toBe(255 + 100);
    expect(reservedCpuMillis(1)).toBe(60);
    expect(reservedCpuMillis(2)).toBe(70);
    expect(reservedCpuMillis(4)).toBe(80);
    expect(reservedCpuMillis(16)).toBe(110);
  });

  it('joins container hosts and Linux VMs with their capacity, labels and pod CIDRs', () => {
    const { world } = clusterSandbox({ nodes: ['*hosts', '*vms'] }, withVms);
    expect([...world.k8s.nodes.keys()]).toEqual(['host-1', 'host-2', 'vm-1', 'vm-2']);
    const vm = world.k8s.nodes.get('vm-1');
    expect(vm?.capacity).toEqual({ cpuMillis: 4000, memoryMiB: 8192, pods: 110 });
    expect(vm?.allocatable).toEqual({ cpuMillis: 3920, memoryMiB: 8192 - 1943, pods: 110 });
    expect(vm?.labels['topology.kubernetes.io/zone']).toBe('rack-2');
    expect(world.k8s.nodes.get('host-2')?.podCidr).toBe('10.244.2.0/24');
  });

  it('refuses machines that cannot be nodes, with the path of the entry', () => {
    expect(() => clusterSandbox({ nodes: ['host-3'] })).toThrow(/cluster\.nodes: "host-3" is a hypervisor host/);
    expect(() => clusterSandbox({ nodes: ['host-1', 'host-1'] })).toThrow(/cluster\.nodes\[1\]: "host-1" is listed twice/);
    expect(() => clusterSandbox({ nodes: ['nope'] })).toThrow(/cluster\.nodes\[0\]: "nope" is not a host or VM/);
    expect(() => clusterSandbox({ evictionToleration: 'soon' })).toThrow(/cluster\.evictionToleration: "soon" is not a duration/);
  });

  it('leaves docker alone: a container may still use memory the scheduler keeps back', () => {
    const { world, sh } = clusterSandbox();
    const node = world.k8s.nodes.get('host-2');
    const host = world.hosts.get('host-2');
    if (!node || !host) throw new Error('host-2');
    expect(node.allocatable.memoryMiB).toBeLessThan(host.memoryMiB - 3000);
    const r = sh.exec(`docker -H host-2 run -d --name big -m ${host.memoryMiB - 1024}m nginx:1.25`);
    expect(r.ok).toBe(true);
    sh.wait(5);
    expect(sh.exec('docker -H host-2 ps').output).toContain('big');
  });
});
