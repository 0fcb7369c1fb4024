// The projection of the sandbox: hosts, VMs, containers, pods, deployments, services,
// transfers and the game figures as clients receive them (state.toJSON()).
import { describe, expect, it } from 'vitest';
import { CONTAINER_STATE, HOST_STATE, KERNEL_STATE, NODE_STATUS, VM_STATE, codeOf } from '../../../shared/schema/codes.ts';
import { podStatusText } from '../../../shared/sim/commands/kubectl/podStatus.ts';
import { EventSink } from '../../../shared/sim/events.ts';
import { CONSOLE_ACTOR } from '../../../shared/sim/session.ts';
import { advance, runCommand } from '../../../shared/sim/step.ts';
import { json, projected, values } from './harness.ts';

describe('projectWorld on the sandbox', () => {
  it('mirrors the hosts with their role, kernel, node status and capacity', () => {
    const p = projected();
    const hosts = json(p).hosts;
    expect(Object.keys(hosts)).toEqual([...p.world.hosts.keys()]);
    expect(Object.fromEntries(Object.entries(hosts as Record<string, { role: string }>).map(([id, h]) => [id, h.role]))).toEqual({ 'host-1': 'container-host', 'host-2': 'container-host', 'host-3': 'type1', 'host-4': 'type2' });
    const nodes = new Set([...p.world.k8s.nodes.values()].map((n) => n.machineId));
    expect(nodes.size).toBeGreaterThan(0);
    for (const h of p.world.hosts.values()) {
      const s = hosts[h.id];
      expect(s).toMatchObject({ id: h.id, rack: h.rack, type: h.type, cores: h.cores, memoryMiB: h.memoryMiB, diskMiB: h.diskMiB, state: codeOf(HOST_STATE, 'up'), kernel: codeOf(KERNEL_STATE, 'up') });
      expect(s.node).toBe(nodes.has(h.id) ? codeOf(NODE_STATUS, 'Ready') : 0);
    }
  });

  it('sends per-mille readings in 10 ‰ steps once the machines carry work', () => {
    const p = projected();
    p.run('docker run -d --name hog cpuhog:1.0');
    p.wait(5);
    const h1 = json(p).hosts['host-1'];
    expect(h1.cpuPermille).toBeGreaterThan(0);
    for (const k of ['cpuPermille', 'memPermille', 'diskPermille', 'nicPermille', 'swapPermille']) expect(h1[k] % 10).toBe(0);
  });

  it('projects a container with its limits, label, machine and quantised readings', () => {
    const p = projected();
    p.run('docker run -d --name web --cpus 0.5 --memory 256m -l app=shop-web shop/web:1.0');
    p.wait(5);
    const c = [...p.world.containers.values()].find((x) => x.name === 'web');
    const entries = values(json(p).containers);
    expect(entries).toHaveLength(1);
    const s = entries[0] ?? {};
    expect(s).toMatchObject({ uid: (c?.index ?? -1) + 1, name: 'web', image: 'shop/web:1.0', target: 'host-1', state: codeOf(CONTAINER_STATE, 'running'), exitCode: 0, oomKilled: false, restarts: 0, cpuLimitMillis: 500, memLimitMiB: 256, app: 'shop-web', pod: '' });
    expect(s.memMiB).toBeGreaterThan(0);
    expect(s.cpuMillis % 10).toBe(0);
    expect(s.memMiB % 4).toBe(0);
  });

  it('projects a VM booting with its progress, then running with its guest kernel up', () => {
    const p = projected();
    p.run('vm create db --host host-3 --vcpus 2 --memory 4g');
    p.wait(8);
    const booting = json(p).vms.db;
    expect(booting).toMatchObject({ id: 'db', name: 'db', host: 'host-3', vcpus: 2, memoryMiB: 4096, os: 'linux', state: codeOf(VM_STATE, 'booting'), kernel: codeOf(KERNEL_STATE, 'off'), node: 0 });
    expect(booting.progressPermille).toBeGreaterThan(0);
    expect(booting.progressPermille).toBeLessThan(1000);
    p.wait(60);
    expect(json(p).vms.db).toMatchObject({ state: codeOf(VM_STATE, 'running'), kernel: codeOf(KERNEL_STATE, 'up'), progressPermille: 0 });
  });

  it('projects pods with the STATUS kubectl prints, and deployments with their rollout figures', () => {
    const p = projected();
    p.run('kubectl create deployment api --image=nginx:1.25 --replicas=2');
    p.wait(1);
    const pending = values(json(p).pods);
    expect(pending).toHaveLength(2);
    for (const pod of p.world.k8s.pods.values()) expect(pending).toContainEqual(expect.objectContaining({ name: pod.name, status: podStatusText(pod), deployment: 'api' }));
    p.wait(40);
    const pods = values(json(p).pods);
    expect(pods.map((x) => [x.status, x.ready])).toEqual([['Running', true], ['Running', true]]);
    for (const pod of pods) expect(['host-1', 'host-2']).toContain(pod.node);
    expect(json(p).deployments.api).toEqual({ name: 'api', image: 'nginx:1.25', replicas: 2, ready: 2, updated: 2, available: 2, revision: 1 });
    // The pods' containers say which pod they run.
    expect(values(json(p).containers).map((c) => c.pod).sort()).toEqual(pods.map((x) => x.name).sort());
  });

  it('shows a pull in progress with its progress, and drops it when the pull ends', () => {
    const p = projected();
    const sink = new EventSink();
    runCommand(p.world, { id: 'c1', actor: CONSOLE_ACTOR, line: 'docker pull postgres:16' }, sink);
    advance(p.world, sink);
    p.projector.project(p.world);
    const [job] = [...p.world.jobs.values()];
    const t = json(p).transfers[job?.id ?? ''];
    expect(t).toMatchObject({ kind: 'pull', target: 'host-1', image: 'postgres:16' });
    expect(t.progressPermille).toBeGreaterThanOrEqual(0);
    let last = t.progressPermille;
    for (let i = 0; i < 600 && p.world.jobs.size > 0; i++) {
      advance(p.world, sink);
      p.projector.project(p.world);
      const now = json(p).transfers[job?.id ?? '']?.progressPermille ?? 1000;
      expect(now).toBeGreaterThanOrEqual(last);
      last = now;
    }
    expect(p.world.jobs.size).toBe(0);
    expect(json(p).transfers).toEqual({});
  });

  it('projects services, money and the scenario fields, and leaves the room-owned fields alone', () => {
    const p = projected();
    p.state.mode = 'team';
    p.state.phase = 'paused';
    p.state.speed = 4;
    p.state.code = 'ABCDEF';
    p.run('docker run -d --name web -l app=shop-web shop/web:1.0');
    p.wait(30);
    const s = json(p);
    expect(s).toMatchObject({ scenario: 'sandbox', tick: p.world.tick, unlocked: ['*'], mode: 'team', phase: 'paused', speed: 4, code: 'ABCDEF', players: {}, log: [] });
    const svc = s.services['shop-web'];
    expect(svc).toMatchObject({ name: 'shop-web', targetMilli: 99500, healthyBackends: 1 });
    expect(svc.servedRps).toBeGreaterThan(0);
    expect(svc.availabilityMilli).toBeLessThanOrEqual(100000);
    expect(svc.budgetPermille).toBeLessThanOrEqual(1000);
    const e = p.world.economy;
    const c = e.costCents;
    expect(s.game).toMatchObject({ balanceCents: e.balanceCents, revenueCents: e.revenueCents, costCents: c.hosts + c.power + c.licences + c.bandwidth + c.purchases, isLevel: false, objectives: [] });
    expect(s.game.balanceCents).not.toBe(e.startCents);
  });
});
