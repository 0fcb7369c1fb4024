// NIC bandwidth shared by pulls: every layer stream of a machine goes through its one
// physical NIC, and VMs reach it through the host's virtual switch, so their pulls
// share it too. Pulls on different physical hosts do not slow each other.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { runTogether } from './together.ts';

type Json = Record<string, unknown>;
const hostTypes = (json: Json) => json.hostTypes as Record<string, { nicMbps: number }>;

/** host-1 on a 100 Mbit/s NIC (~12 MiB/s), slower than the registry's ~24 MiB/s per layer. */
function slowHost() {
  return sandboxWith((json) => {
    hostTypes(json)['cs-16']!.nicMbps = 100;
  });
}

/** Two Linux VMs on host-3 (100 Mbit/s NIC) and one on host-4 (its own 1 GbE NIC). */
function slowHypervisor() {
  return sandboxWith((json) => {
    hostTypes(json)['hv-32']!.nicMbps = 100;
    json.vms = [
      { name: 'vm-a', host: 'host-3', vcpus: 2, memory: '4g' },
      { name: 'vm-b', host: 'host-3', vcpus: 2, memory: '4g' },
      { name: 'vm-c', host: 'host-4', vcpus: 2, memory: '4g' },
    ];
  });
}

describe('NIC bandwidth shared by pulls', () => {
  it('two pulls at once on one host each take clearly longer than one alone', () => {
    const alone = slowHost();
    const [solo] = runTogether(alone.world, ['docker pull postgres:16']);
    const both = slowHost();
    const [pg, py] = runTogether(both.world, ['docker pull postgres:16', 'docker pull python:3.12-slim']);
    expect(solo?.ok && pg?.ok && py?.ok).toBe(true);
    // ~170 MiB at ~12 MiB/s alone; with 122 MiB more on the same NIC.
    expect(solo!.ticks).toBeGreaterThanOrEqual(13);
    expect(pg!.ticks * 10).toBeGreaterThanOrEqual(solo!.ticks * 14);
  });

  it('a layer two pulls both need crosses the NIC once', () => {
    const { world } = slowHost();
    runTogether(world, ['docker pull postgres:16', 'docker pull nginx:1.25']);
    const store = world.hosts.get('host-1')!.store;
    const debian = world.images.get(world.registries.get('docker.io')!.tags['debian:12-slim']!)!.layers[0]!;
    expect(store.layers.filter((d) => d === debian)).toHaveLength(1);
  });

  it('pulls inside two VMs on one hypervisor host share that host NIC', () => {
    const alone = slowHypervisor();
    const [solo] = runTogether(alone.world, ['docker -H vm-a pull postgres:16']);
    const shared = slowHypervisor();
    const [a, b] = runTogether(shared.world, ['docker -H vm-a pull postgres:16', 'docker -H vm-b pull postgres:16']);
    expect(solo?.ok && a?.ok && b?.ok).toBe(true);
    // The same 170 MiB twice through one NIC: about twice as long.
    expect(a!.ticks * 10).toBeGreaterThanOrEqual(solo!.ticks * 17);
    expect(b!.ticks * 10).toBeGreaterThanOrEqual(solo!.ticks * 17);
  });

  it('a VM on another hypervisor host pulls at its own host NIC speed', () => {
    const alone = slowHypervisor();
    const [solo] = runTogether(alone.world, ['docker -H vm-a pull postgres:16']);
    const split = slowHypervisor();
    const [a, c] = runTogether(split.world, ['docker -H vm-a pull postgres:16', 'docker -H vm-c pull postgres:16']);
    expect(a!.ticks).toBeLessThanOrEqual(solo!.ticks + 1);
    expect(c!.ticks).toBeLessThan(a!.ticks);
  });
});
