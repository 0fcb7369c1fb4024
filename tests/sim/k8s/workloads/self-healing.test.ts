// Self-healing: a deployment declares N replicas and the controllers keep N. A deleted
// pod is replaced by its replica set; a crashed container is restarted in place by the
// kubelet; pods of a node that went NotReady are evicted after their toleration and
// recreated on a healthy node.
import { describe, expect, it } from 'vitest';
import { activePods, clusterSandbox, containerOf, crash, hostDown, run, settled, waitUntil } from './helpers.ts';

describe('self-healing', () => {
  it('a deleted pod is replaced by a new one from the replica set', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=3');
    waitUntil(sh, settled(world, 'web', 3));
    const victim = activePods(world, 'web')[0]?.name as string;
    expect(run(sh, `kubectl delete pod ${victim}`)).toBe(`pod "${victim}" deleted`);
    sh.wait(1);
    const names = activePods(world, 'web').map((p) => p.name);
    expect(names).not.toContain(victim);
    expect(names).toHaveLength(3);
    waitUntil(sh, settled(world, 'web', 3));
    const rs = [...world.k8s.replicaSets.values()][0];
    expect(run(sh, `kubectl describe rs ${rs?.name}`)).toMatch(/Normal\s+SuccessfulCreate\s+.*replicaset-controller\s+Created pod: web-/);
  });

  it('a crashed container is restarted in the same pod by the kubelet (no new pod)', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=2');
    waitUntil(sh, settled(world, 'web', 2));
    const pod = activePods(world, 'web')[0];
    if (!pod) throw new Error('no pod');
    const first = containerOf(world, pod).id;
    crash(world, pod);
    waitUntil(sh, () => pod.status === 'Running' && pod.containerId !== first);
    expect(pod.restartCount).toBe(1);
    expect(activePods(world, 'web').map((p) => p.name)).toContain(pod.name);
    expect(activePods(world, 'web')).toHaveLength(2);
  });

  it('pods of a NotReady node are evicted after the toleration and recreated on a healthy node', () => {
    const { world, sh } = clusterSandbox({ evictionToleration: '60s' });
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=4');
    waitUntil(sh, settled(world, 'web', 4));
    const onHost2 = activePods(world, 'web').filter((p) => p.nodeName === 'host-2');
    expect(onHost2.length).toBeGreaterThan(0);
    hostDown(world, 'host-2');
    sh.wait(40);
    // Not yet: the node is NotReady only after the grace period, and pods tolerate it for 60 s more.
    expect(activePods(world, 'web').filter((p) => p.nodeName === 'host-2')).toHaveLength(onHost2.length);
    waitUntil(sh, () => activePods(world, 'web').every((p) => p.nodeName === 'host-1' && p.ready), 400);
    expect(activePods(world, 'web')).toHaveLength(4);
    // The evicted pods stay Terminating: the kubelet on the dead node cannot confirm their end.
    expect(onHost2.every((p) => p.deletionTick >= 0)).toBe(true);
  });
});
