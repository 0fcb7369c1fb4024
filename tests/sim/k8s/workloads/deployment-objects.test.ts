// Deployments own replica sets, which own pods: `get`/`describe` show the chain and the
// controller's events, and deleting a deployment takes its replica sets and pods with it.
// A replica set scaled or deleted by hand is put back by its deployment.
import { describe, expect, it } from 'vitest';
import { activePods, clusterSandbox, run, settled, waitUntil } from './helpers.ts';

describe('deployments, replica sets and pods', () => {
  it('describe deployment shows the replica set it scaled, with the controller events', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=3 --port=80');
    waitUntil(sh, settled(world, 'web', 3));
    const rs = [...world.k8s.replicaSets.values()][0];
    if (!rs) throw new Error('no replica set');
    expect(rs.name).toMatch(/^web-[4-9bcdf]{1,10}$/);
    expect(activePods(world, 'web').every((p) => new RegExp(`^${rs.name}-[bcdfghjklmnpqrstvwxz2456789]{5}$`).test(p.name))).toBe(true);
    const d = run(sh, 'kubectl describe deployment web');
    expect(d).toMatch(/^Replicas:\s+3 desired \| 3 updated \| 3 total \| 3 available \| 0 unavailable$/m);
    expect(d).toMatch(/^RollingUpdateStrategy:\s+25% max unavailable, 25% max surge$/m);
    expect(d).toMatch(new RegExp(`^NewReplicaSet:\\s+${rs.name} \\(3/3 replicas created\\)$`, 'm'));
    expect(d).toMatch(new RegExp(`Normal\\s+ScalingReplicaSet\\s+\\S+\\s+deployment-controller\\s+Scaled up replica set ${rs.name} to 3$`, 'm'));
    expect(run(sh, 'kubectl get rs -o wide')).toMatch(new RegExp(`^${rs.name}\\s+3\\s+3\\s+3\\s+\\S+\\s+nginx\\s+nginx:1\\.25\\s+app=web,pod-template-hash=${rs.templateHash}$`, 'm'));
    expect(run(sh, 'kubectl get deployments -o name')).toBe('deployment.apps/web');
  });

  it('a replica set scaled by hand is put back by its deployment', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=2');
    waitUntil(sh, settled(world, 'web', 2));
    const rs = [...world.k8s.replicaSets.values()][0];
    expect(run(sh, `kubectl scale rs/${rs?.name} --replicas=5`)).toBe(`replicaset.apps/${rs?.name} scaled`);
    sh.wait(2);
    expect(rs?.replicas).toBe(2);
    expect(activePods(world, 'web')).toHaveLength(2);
  });

  it('deleting a deployment deletes its replica sets and pods', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=3');
    waitUntil(sh, settled(world, 'web', 3));
    expect(run(sh, 'kubectl delete deployment web')).toBe('deployment.apps "web" deleted');
    expect(world.k8s.replicaSets.size).toBe(0);
    expect([...world.k8s.pods.values()].every((p) => p.deletionTick >= 0)).toBe(true);
    waitUntil(sh, () => world.k8s.pods.size === 0, 60);
    expect(run(sh, 'kubectl get deployments')).toBe('No resources found in default namespace.');
    expect(sh.exec('kubectl get deployment web').error).toBe('Error from server (NotFound): deployments.apps "web" not found');
  });
});
