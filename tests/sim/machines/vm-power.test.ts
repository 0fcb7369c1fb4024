// VM power cycle: an ACPI shutdown stops the guest's containers as its docker engine goes
// down; on the next boot dockerd brings back `always` containers (even ones a user had
// stopped) and `unless-stopped` ones a user had not stopped, as the real daemon does.
// Deleting a VM takes everything inside it and frees the host.
import { describe, expect, it } from 'vitest';
import { checkWorld } from '../../../shared/sim/invariants.ts';
import { startJob } from '../../../shared/sim/jobs.ts';
import { hostCommitment } from '../../../shared/sim/machines.ts';
import { stopContainer } from '../../../shared/sim/containers.ts';
import { sandbox } from '../../helpers/sim.ts';
import { must, runIn, waitForVm } from './guest.ts';

function vmWithContainers() {
  const env = sandbox(1);
  must(env.sh, 'vm create app --host host-3 --vcpus 2 --memory 4g');
  waitForVm(env.sh, 'app', 'running');
  const w = env.world;
  const cs = {
    always: runIn(w, 'app', 'nginx:1.25', 'always', { restart: 'always' }),
    alwaysStopped: runIn(w, 'app', 'nginx:1.25', 'always-stopped', { restart: 'always' }),
    unless: runIn(w, 'app', 'nginx:1.25', 'unless', { restart: 'unless-stopped' }),
    unlessStopped: runIn(w, 'app', 'nginx:1.25', 'unless-stopped', { restart: 'unless-stopped' }),
    onFailure: runIn(w, 'app', 'nginx:1.25', 'on-failure', { restart: 'on-failure' }),
    no: runIn(w, 'app', 'nginx:1.25', 'plain'),
  };
  stopContainer(w, cs.alwaysStopped);
  stopContainer(w, cs.unlessStopped);
  return { ...env, cs };
}

describe('VM power cycle', () => {
  it('an ACPI shutdown stops the containers inside, then the guest powers off', () => {
    const { world, sh, cs } = vmWithContainers();
    const out = must(sh, 'vm stop app');
    expect(out).toMatch(/^Domain 'app' is being shutdown\n/);
    expect(out).toMatch(/4 running containers/);
    for (const c of Object.values(cs)) expect(c.state).toBe('exited');
    expect(must(sh, 'vm list')).toMatch(/app\s+host-3\s+in shutdown/);
    waitForVm(sh, 'app', 'shut-off', 60);
    sh.wait(15);
    // Nothing came back while the guest was down.
    for (const c of Object.values(cs)) expect(c.state).toBe('exited');
    expect(world.kernels.get('kernel-app')?.state).toBe('off');
    expect(must(sh, 'vm list')).toMatch(/ -\s+app\s+host-3\s+shut off/);
  });

  it('on the next boot dockerd restores always and unless-stopped containers', () => {
    const { sh, cs } = vmWithContainers();
    must(sh, 'vm stop app');
    waitForVm(sh, 'app', 'shut-off', 60);
    expect(must(sh, 'vm start app')).toMatch(/^Domain 'app' started\n/);
    waitForVm(sh, 'app', 'running');
    sh.wait(1);
    expect(cs.always.state).toBe('running');
    expect(cs.alwaysStopped.state).toBe('running');
    expect(cs.unless.state).toBe('running');
    expect(cs.unlessStopped.state).toBe('exited');
    expect(cs.onFailure.state).toBe('exited');
    expect(cs.no.state).toBe('exited');
  });

  it('after a hard power-off, containers whose policy asks for it come back at the next boot', () => {
    const { sh, cs } = vmWithContainers();
    const out = must(sh, 'vm stop --force app');
    expect(out).toMatch(/^Domain 'app' destroyed\n/);
    expect(cs.always.exitCode).toBe(255);
    expect(cs.no.state).toBe('exited');
    sh.wait(30);
    expect(cs.always.state).not.toBe('running');
    must(sh, 'vm start app');
    waitForVm(sh, 'app', 'running');
    sh.wait(2);
    expect(cs.always.state).toBe('running');
    expect(cs.unless.state).toBe('running');
    expect(cs.no.state).toBe('exited');
    expect(cs.no.exitCode).toBe(255);
  });

  it('the kernel ring buffer starts over at each boot', () => {
    const { sh } = vmWithContainers();
    must(sh, 'vm stop app');
    waitForVm(sh, 'app', 'shut-off', 60);
    must(sh, 'vm start app');
    const log = must(sh, 'host dmesg app');
    expect(log).toMatch(/^Linux version 5\.15\.0-91-generic/);
    expect(log).toMatch(/Hypervisor detected: KVM/);
    expect(log).toMatch(/smpboot: Allowing 2 CPUs/);
  });

  it('delete destroys a running VM with its containers and frees the host', () => {
    const { world, sh } = vmWithContainers();
    const host = world.hosts.get('host-3');
    if (!host) throw new Error('no host-3');
    const before = hostCommitment(world, host);
    const out = must(sh, 'vm delete app');
    expect(out).toMatch(/^Domain 'app' destroyed\nDomain 'app' has been undefined\n/);
    expect(out).toMatch(/6 containers/);
    expect(world.vms.has('app')).toBe(false);
    expect(world.kernels.has('kernel-app')).toBe(false);
    expect([...world.containers.values()].filter((c) => c.targetId === 'app')).toHaveLength(0);
    const after = hostCommitment(world, host);
    expect(before.memoryMiB - after.memoryMiB).toBeGreaterThan(4096);
    expect(before.diskMiB - after.diskMiB).toBe(20 * 1024);
    // The name is free again.
    must(sh, 'vm create app --host host-3 --vcpus 1 --memory 1g');
  });

  it('delete ends a pull into the VM instead of leaving it without a machine', () => {
    const { world, sh } = vmWithContainers();
    const registry = world.registries.get('docker.io');
    const imageId = registry?.tags['postgres:16'];
    const image = imageId ? world.images.get(imageId) : undefined;
    if (!registry || !imageId || !image) throw new Error('no postgres image');
    const job = startJob(world, { kind: 'pull', targetId: 'app', registry, imageRef: 'postgres:16', imageId, missing: [...image.layers], allLayers: image.layers, commandId: null });
    must(sh, 'vm delete app');
    expect(world.jobs.has(job.id)).toBe(false);
    expect(checkWorld(world)).toEqual([]);
  });

  it('start checks the memory again: a VM that no longer fits stays off', () => {
    const { world, sh } = sandbox(1);
    must(sh, 'vm create a --host host-4 --vcpus 2 --memory 20g');
    must(sh, 'vm stop --force a');
    must(sh, 'vm create b --host host-4 --vcpus 2 --memory 28g');
    const r = sh.exec('vm start a');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/Cannot allocate memory/);
    expect(world.vms.get('a')?.state).toBe('shut-off');
  });
});
