// A node whose machine goes down stops posting its status: ~40 s later the node
// controller marks it NotReady and taints it; its pods stop being Ready at once, and
// once they have tolerated the taint for tolerationSeconds (300 s by default,
// configurable per scenario) they are evicted: Terminating (the dead kubelet cannot
// confirm), replaced on another node by their replica set, and gone when the machine
// comes back. A bare pod has no one to replace it.
import { describe, expect, it } from 'vitest';
import type { World } from '../../../shared/sim/model.ts';
import { barePod, clusterSandbox, hostDown, replicaSet, spec, waitUntil, withVms } from './cluster.ts';

const onNode = (world: World, node: string) => [...world.k8s.pods.values()].filter((p) => p.nodeName === node);

describe('node NotReady and eviction', () => {
  it('marks the node NotReady ~40 s after its last heartbeat, then evicts and replaces its pods', () => {
    const { world, sh } = clusterSandbox({ evictionToleration: '60s' });
    replicaSet(world, 'web', 2);
    waitUntil(sh, () => [...world.k8s.pods.values()].filter((p) => p.ready).length === 2);
    const victim = onNode(world, 'host-2')[0];
    if (!victim) throw new Error('no replica on host-2: spreading failed');
    sh.wait(7);
    hostDown(world, 'host-2');
    const downAt = world.tick;
    const node = world.k8s.nodes.get('host-2');
    waitUntil(sh, () => node?.ready === false);
    const took = world.tick - 1 - downAt;
    expect(took).toBeGreaterThanOrEqual(30);
    expect(took).toBeLessThanOrEqual(50);
    expect(sh.exec('kubectl get nodes').output).toMatch(/^host-2\s+NotReady\s+<none>/m);
    // The API still shows what the kubelet last reported, but the pod no longer counts as Ready.
    expect(sh.exec('kubectl get pods').output).toMatch(new RegExp(`^${victim.name}\\s+0/1\\s+Running`, 'm'));
    const d = sh.exec('kubectl describe node host-2').output;
    expect(d).toMatch(/^Taints:\s+node\.kubernetes\.io\/unreachable:NoSchedule\n\s+node\.kubernetes\.io\/unreachable:NoExecute$/m);
    expect(d).toMatch(/^ {2}Ready\s+Unknown\s+.*NodeStatusUnknown\s+Kubelet stopped posting node status\.$/m);
    const taintedAt = node?.notReadySinceTick ?? 0;
    waitUntil(sh, () => victim.deletionTick >= 0);
    expect(victim.deletionTick).toBe(taintedAt + 60);
    expect(sh.exec(`kubectl describe pod ${victim.name}`).output).toMatch(/TaintManagerEviction\s+.*taint-eviction-controller\s+Marking for deletion Pod default\//);
    sh.wait(3);
    // Replaced at once on the node that is left; the old one waits for its kubelet.
    const web = [...world.k8s.pods.values()].filter((p) => p.owner === 'web' && p.deletionTick < 0);
    expect(web.map((p) => p.nodeName)).toEqual(['host-1', 'host-1']);
    expect(sh.exec('kubectl get pods').output).toMatch(new RegExp(`^${victim.name}\\s+0/1\\s+Terminating`, 'm'));
    sh.wait(200);
    expect(world.k8s.pods.has(victim.name)).toBe(true);
    const host = world.hosts.get('host-2');
    if (host) host.state = 'up';
    sh.wait(2);
    expect(node?.ready).toBe(true);
    expect(world.k8s.pods.has(victim.name)).toBe(false);
    expect(sh.exec('kubectl describe node host-2').output).toMatch(/NodeReady\s+.*Node host-2 status is now: NodeReady/);
  });

  it('waits the default 300 s, and a bare pod is not replaced', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-2'] });
    const pod = barePod(world, 'lonely');
    waitUntil(sh, () => pod.ready);
    hostDown(world, 'host-2');
    waitUntil(sh, () => world.k8s.nodes.get('host-2')?.ready === false);
    const t0 = world.tick;
    waitUntil(sh, () => pod.deletionTick >= 0, 400);
    expect(world.tick - t0).toBeGreaterThanOrEqual(299);
    expect(world.tick - t0).toBeLessThanOrEqual(301);
    expect([...world.k8s.pods.keys()]).toEqual(['lonely']);
    // Force deletion removes it from the API; nothing brings it back.
    expect(sh.exec('kubectl delete pod lonely --grace-period=0 --force').output).toContain('pod "lonely" force deleted');
    expect(world.k8s.pods.size).toBe(0);
  });

  it('deletes the node of a deleted VM, and its pods with it', () => {
    const { world, sh } = clusterSandbox({ nodes: ['vm-1'] }, withVms);
    const pod = barePod(world, 'on-vm', spec({ name: 'on-vm', image: 'alpine:3.19', containerPort: 0 }));
    sh.wait(1);
    expect(pod.nodeName).toBe('vm-1');
    expect(sh.exec('vm delete vm-1').ok).toBe(true);
    sh.wait(1);
    expect(world.k8s.nodes.has('vm-1')).toBe(false);
    expect(world.k8s.pods.has('on-vm')).toBe(false);
    expect(sh.exec('kubectl get events').output).toMatch(/DeletingNode\s+node\/vm-1\s+Deleting node vm-1 because it does not exist in the cloud provider/);
  });
});
