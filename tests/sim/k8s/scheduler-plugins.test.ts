// The scheduler's plugins, one table each (as kube-scheduler's own plugin tests are
// written): what each filter lets through and why it refuses, what each score prefers,
// the framework's normalisation, search size and tie-break.
import { describe, expect, it } from 'vitest';
import type { Pod, Taint } from '../../../shared/sim/k8s/model.ts';
import { defaultNormalize, fitErrorMessage, numFeasibleNodesToFind, runFilters, schedulePod, selectHost } from '../../../shared/sim/k8s/scheduler/framework.ts';
import { balancedAllocation } from '../../../shared/sim/k8s/scheduler/plugins/balancedAllocation.ts';
import { imageLocality, imageScore } from '../../../shared/sim/k8s/scheduler/plugins/imageLocality.ts';
import { nodeName } from '../../../shared/sim/k8s/scheduler/plugins/nodeName.ts';
import { leastAllocated, nodeResourcesFit } from '../../../shared/sim/k8s/scheduler/plugins/nodeResourcesFit.ts';
import { nodeUnschedulable } from '../../../shared/sim/k8s/scheduler/plugins/nodeUnschedulable.ts';
import { lnPermille, podTopologySpread } from '../../../shared/sim/k8s/scheduler/plugins/podTopologySpread.ts';
import { taintTolerationFilter, taintTolerationScore } from '../../../shared/sim/k8s/scheduler/plugins/taintToleration.ts';
import { DEFAULT_PROFILE } from '../../../shared/sim/k8s/scheduler/profile.ts';
import { buildSnapshot, podInfo, type PodInfo, type Snapshot } from '../../../shared/sim/k8s/scheduler/snapshot.ts';
import type { World } from '../../../shared/sim/model.ts';
import { barePod, clusterSandbox, spec, withVms } from './cluster.ts';

/** host-1 (16 cores, 64 GiB), host-2 (8 cores, 32 GiB), vm-1 and vm-2 (4 vCPU, 8 GiB). */
function fourNodes(): World {
  return clusterSandbox({ nodes: ['host-1', 'host-2', '*vms'] }, withVms).world;
}

function info(world: World, pod: Pod): PodInfo {
  return podInfo(buildSnapshot(world), pod);
}

const taint = (key: string, effect: Taint['effect'], value = ''): Taint => ({ key, value, effect, sinceTick: 0 });

describe('NodeName filter', () => {
  const world = fourNodes();
  const s = buildSnapshot(world);
  const cases: { want: string; node: string; fits: boolean }[] = [
    { want: '', node: 'host-1', fits: true },
    { want: 'host-2', node: 'host-2', fits: true },
    { want: 'host-2', node: 'host-1', fits: false },
  ];
  it.each(cases)('pod asks for "$want", node $node → fits $fits', ({ want, node, fits }) => {
    const p = { ...info(world, barePod(world, `p-${want || 'any'}-${node}`)), nodeName: want };
    const r = nodeName.filter(s, p, s.names.indexOf(node));
    expect(r === null).toBe(fits);
    if (!fits) expect(r).toEqual(["node(s) didn't match the requested node name"]);
  });
});

describe('NodeUnschedulable filter', () => {
  it('refuses a cordoned node only', () => {
    const world = fourNodes();
    (world.k8s.nodes.get('host-2') as { unschedulable: boolean }).unschedulable = true;
    const s = buildSnapshot(world);
    const p = info(world, barePod(world, 'a'));
    expect(nodeUnschedulable.filter(s, p, s.names.indexOf('host-1'))).toBeNull();
    expect(nodeUnschedulable.filter(s, p, s.names.indexOf('host-2'))).toEqual(['node(s) were unschedulable']);
  });
});

describe('TaintToleration', () => {
  const cases: { taints: Taint[]; fits: boolean; reason?: string }[] = [
    { taints: [], fits: true },
    { taints: [taint('node.kubernetes.io/unreachable', 'NoExecute')], fits: true },
    { taints: [taint('node.kubernetes.io/unreachable', 'NoSchedule')], fits: false, reason: 'node(s) had untolerated taint {node.kubernetes.io/unreachable: }' },
    { taints: [taint('dedicated', 'NoSchedule', 'gpu')], fits: false, reason: 'node(s) had untolerated taint {dedicated: gpu}' },
    { taints: [taint('dedicated', 'PreferNoSchedule', 'gpu')], fits: true },
  ];
  it.each(cases)('filter with taints %j', ({ taints, fits, reason }) => {
    const world = fourNodes();
    (world.k8s.nodes.get('host-1') as { taints: Taint[] }).taints = taints;
    const s = buildSnapshot(world);
    const r = taintTolerationFilter.filter(s, info(world, barePod(world, 'a')), s.names.indexOf('host-1'));
    expect(r === null).toBe(fits);
    if (reason) expect(r).toEqual([reason]);
  });

  it('scores PreferNoSchedule taints: fewer is better (reverse-normalised)', () => {
    const world = fourNodes();
    (world.k8s.nodes.get('host-1') as { taints: Taint[] }).taints = [taint('a', 'PreferNoSchedule'), taint('b', 'PreferNoSchedule')];
    (world.k8s.nodes.get('host-2') as { taints: Taint[] }).taints = [taint('a', 'PreferNoSchedule')];
    const s = buildSnapshot(world);
    const p = info(world, barePod(world, 'a'));
    const raw = new Float64Array(s.names.map((_, i) => taintTolerationScore.score(s, p, i)));
    expect([...raw]).toEqual([2, 1, 0, 0]);
    taintTolerationScore.normalize?.(raw, 4);
    expect([...raw]).toEqual([0, 50, 100, 100]);
  });
});

describe('NodeResourcesFit', () => {
  it('checks requests against allocatable minus what is already booked, and reports every short resource', () => {
    const world = fourNodes();
    const vm = world.k8s.nodes.get('vm-1');
    if (!vm) throw new Error('vm-1');
    const s = buildSnapshot(world);
    const i = s.names.indexOf('vm-1');
    const fit = (cpu: number, mem: number) => nodeResourcesFit.filter(s, info(world, barePod(world, `p${cpu}-${mem}`, spec({ cpuRequestMillis: cpu, memoryRequestMiB: mem }))), i);
    expect(fit(vm.allocatable.cpuMillis, vm.allocatable.memoryMiB)).toBeNull();
    expect(fit(vm.allocatable.cpuMillis + 1, 64)).toEqual(['Insufficient cpu']);
    expect(fit(100, vm.allocatable.memoryMiB + 1)).toEqual(['Insufficient memory']);
    expect(fit(vm.allocatable.cpuMillis + 1, vm.allocatable.memoryMiB + 1)).toEqual(['Insufficient cpu', 'Insufficient memory']);
    s.reqMem[i] = vm.allocatable.memoryMiB - 100;
    expect(fit(100, 101)).toEqual(['Insufficient memory']);
    expect(fit(100, 100)).toBeNull();
    s.reqPods[i] = vm.allocatable.pods;
    expect(fit(1, 1)).toEqual(['Too many pods']);
  });

  it('LeastAllocated prefers the emptiest node, counting a pod without requests as 100m / 200 MB', () => {
    const world = fourNodes();
    const s = buildSnapshot(world);
    const p = info(world, barePod(world, 'a', spec({ cpuRequestMillis: 0, memoryRequestMiB: 0 })));
    expect(p.nzCpu).toBe(100);
    const i = s.names.indexOf('host-2');
    const alloc = { cpu: s.allocCpu[i] as number, mem: s.allocMem[i] as number };
    const expected = Math.floor((Math.floor(((alloc.cpu - 100) * 100) / alloc.cpu) + Math.floor(((alloc.mem - p.nzMem) * 100) / alloc.mem)) / 2);
    expect(leastAllocated.score(s, p, i)).toBe(expected);
    s.nzCpu[i] = alloc.cpu / 2;
    s.nzMem[i] = alloc.mem / 2;
    expect(leastAllocated.score(s, p, i)).toBeLessThan(expected);
    expect(leastAllocated.score(s, p, i)).toBeGreaterThanOrEqual(48);
  });
});

describe('NodeResourcesBalancedAllocation', () => {
  it('prefers the node where CPU and memory shares end up closest', () => {
    const world = fourNodes();
    const s = buildSnapshot(world);
    const p = info(world, barePod(world, 'a', spec({ cpuRequestMillis: 0, memoryRequestMiB: 0 })));
    const i = s.names.indexOf('host-1');
    s.reqCpu[i] = (s.allocCpu[i] as number) / 2;
    s.reqMem[i] = (s.allocMem[i] as number) / 2;
    expect(balancedAllocation.score(s, p, i)).toBe(100);
    s.reqMem[i] = 0;
    expect(balancedAllocation.score(s, p, i)).toBe(75);
    s.reqCpu[i] = s.allocCpu[i] as number;
    expect(balancedAllocation.score(s, p, i)).toBe(50);
  });
});

describe('ImageLocality', () => {
  it('scores size × spread between 23 MB and 1000 MB, 0 without the image', () => {
    expect(imageScore(500, 1, 1)).toBe(Math.floor((100 * (500 - 22)) / (954 - 22)));
    expect(imageScore(500, 1, 50)).toBe(0);
    expect(imageScore(5000, 4, 4)).toBe(100);
    expect(imageScore(10, 4, 4)).toBe(0);
    const world = fourNodes();
    const host2 = world.hosts.get('host-2');
    const web = world.registries.get('docker.io')?.tags['shop/web:1.1'];
    if (!host2 || !web) throw new Error('fixture');
    host2.store.tags['shop/web:1.1'] = web;
    const s = buildSnapshot(world);
    const p = info(world, barePod(world, 'a', spec({ image: 'shop/web:1.1' })));
    imageLocality.preScore?.(s, p);
    expect(p.image?.count).toBe(1);
    expect(imageLocality.score(s, p, s.names.indexOf('host-1'))).toBe(0);
    expect(imageLocality.score(s, p, s.names.indexOf('host-2'))).toBe(imageScore(p.imageSizeMiB, 1, 4));
  });
});

describe('PodTopologySpread', () => {
  it('ranks nodes by how many replicas of the same owner run there and in their rack', () => {
    const world = fourNodes();
    const s: Snapshot = buildSnapshot(world);
    for (const [k, node] of [[0, 'host-1'], [1, 'host-1'], [2, 'vm-1']] as const) {
      const pod = barePod(world, `r-${k}`);
      pod.owner = 'rs';
      pod.nodeName = node;
    }
    const p = { ...info(world, barePod(world, 'new')), owner: 'rs' };
    podTopologySpread.preScore?.(s, p);
    const raw = new Float64Array(s.names.map((_, i) => podTopologySpread.score(s, p, i)));
    podTopologySpread.normalize?.(raw, 4);
    const by = Object.fromEntries(s.names.map((n, i) => [n, raw[i] as number]));
    // host-1 and host-2 share rack-1 (two replicas there), the VMs rack-2 (one, on vm-1).
    expect(by['vm-2']).toBe(100);
    expect(by['vm-2']).toBeGreaterThan(by['host-2'] as number);
    expect(by['host-2']).toBeGreaterThan(by['vm-1'] as number);
    expect(by['vm-1']).toBeGreaterThan(by['host-1'] as number);
    expect(lnPermille(1)).toBe(0);
    expect(Math.abs(lnPermille(8) - 2079)).toBeLessThan(5);
  });
});

describe('framework', () => {
  it('searches every node below 100, then 50 % − n/125 of them (at least 5 %, at least 100)', () => {
    expect(numFeasibleNodesToFind(4)).toBe(4);
    expect(numFeasibleNodesToFind(99)).toBe(99);
    expect(numFeasibleNodesToFind(150)).toBe(100);
    expect(numFeasibleNodesToFind(1000)).toBe(420);
    expect(numFeasibleNodesToFind(5000)).toBe(500);
    expect(numFeasibleNodesToFind(10000)).toBe(500);
  });

  it('normalises by the maximum, reversed when fewer is better', () => {
    const a = new Float64Array([0, 5, 10]);
    defaultNormalize(a, 3, false);
    expect([...a]).toEqual([0, 50, 100]);
    const b = new Float64Array([0, 0]);
    defaultNormalize(b, 2, true);
    expect([...b]).toEqual([100, 100]);
  });

  it('breaks ties by node name, whatever the order the nodes were found in', () => {
    const world = fourNodes();
    const s = buildSnapshot(world);
    const feasible = new Int32Array([3, 1, 2, 0]);
    const total = new Float64Array([500, 500, 400, 500]);
    expect(s.names[feasible[selectHost(s, total, feasible, 4)] as number]).toBe('host-1');
    expect(s.names[feasible[selectHost(s, new Float64Array([1, 2, 2, 1]), feasible, 4)] as number]).toBe('host-2');
    // The same decision whatever node the round-robin search starts from.
    const p = info(world, barePod(world, 'a'));
    const picks = [0, 1, 2, 3].map((start) => s.names[schedulePod(s, p, DEFAULT_PROFILE, start, false).node]);
    expect(new Set(picks).size).toBe(1);
  });

  it('counts the first failing filter of each node in the FitError, sorted as kube-scheduler sorts', () => {
    const world = fourNodes();
    for (const n of ['host-1', 'host-2']) (world.k8s.nodes.get(n) as { unschedulable: boolean }).unschedulable = true;
    const s = buildSnapshot(world);
    const p = info(world, barePod(world, 'big', spec({ memoryRequestMiB: 16 * 1024 })));
    const f = runFilters(s, p, DEFAULT_PROFILE.filters, 0, 4);
    expect(f.count).toBe(0);
    expect(fitErrorMessage(4, f)).toBe(
      '0/4 nodes are available: 2 Insufficient memory, 2 node(s) were unschedulable. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.',
    );
  });
});
