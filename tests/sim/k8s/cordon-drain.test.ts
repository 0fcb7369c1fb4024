// Cordon keeps new pods off a node and leaves the running ones; drain cordons and
// evicts, so replica sets recreate their pods elsewhere; a bare pod makes drain refuse
// (nothing would recreate it) unless --force says to lose it.
import { describe, expect, it } from 'vitest';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { barePod, clusterSandbox, ownedPods, replicaSet, waitUntil } from './cluster.ts';

describe('cordon and drain', () => {
  it('cordon keeps new pods off the node, and says so twice', () => {
    const { world, sh } = clusterSandbox();
    const old = barePod(world, 'old');
    sh.wait(1);
    const oldNode = old.nodeName;
    expect(sh.exec(`kubectl cordon ${oldNode}`).output).toBe(`node/${oldNode} cordoned`);
    expect(sh.exec(`kubectl cordon ${oldNode}`).output).toBe(`node/${oldNode} already cordoned`);
    expect(sh.exec('kubectl get nodes').output).toMatch(new RegExp(`^${oldNode}\\s+Ready,SchedulingDisabled\\s`, 'm'));
    expect(sh.exec(`kubectl describe node ${oldNode}`).output).toMatch(/^Taints:\s+node\.kubernetes\.io\/unschedulable:NoSchedule$/m);
    const pods = ownedPods(world, 'web', 6);
    sh.wait(2);
    expect(pods.every((p) => p.nodeName !== null && p.nodeName !== oldNode)).toBe(true);
    expect(old.nodeName).toBe(oldNode);
    expect(old.deletionTick).toBe(-1);
    expect(sh.exec(`kubectl uncordon ${oldNode}`).output).toBe(`node/${oldNode} uncordoned`);
    expect(sh.exec('kubectl get nodes').output).not.toContain('SchedulingDisabled');
  });

  it('drain refuses a bare pod without --force and changes nothing', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1'] });
    barePod(world, 'solo');
    ownedPods(world, 'web', 2);
    waitUntil(sh, () => [...world.k8s.pods.values()].every((p) => p.ready));
    const before = simulationHash(world);
    const r = sh.exec('kubectl drain host-1 --ignore-daemonsets');
    expect(r.ok).toBe(false);
    expect(r.error.split('\n').slice(0, 4)).toEqual([
      'error: unable to drain node "host-1" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/solo, continuing command...',
      'There are pending nodes to be drained:',
      ' host-1',
      'cannot delete cannot delete Pods that declare no controller (use --force to override): default/solo',
    ]);
    expect(r.error).toMatch(/^hint: /m);
    expect(simulationHash(world)).toBe(before);
  });

  it('drain evicts every pod; owned ones come back elsewhere, a forced bare one is gone', () => {
    const { world, sh } = clusterSandbox();
    replicaSet(world, 'web', 4);
    const solo = barePod(world, 'solo');
    sh.wait(1);
    waitUntil(sh, () => [...world.k8s.pods.values()].every((p) => p.ready));
    const onHost1 = [...world.k8s.pods.values()].filter((p) => p.nodeName === 'host-1').map((p) => p.name);
    expect(onHost1.length).toBeGreaterThan(0);
    const r = sh.exec('kubectl drain host-1 --ignore-daemonsets --delete-emptydir-data --force');
    expect(r.ok).toBe(true);
    const lines = r.output.split('\n');
    expect(lines[0]).toBe('node/host-1 cordoned');
    if (solo.nodeName === 'host-1') expect(lines[1]).toBe('Warning: deleting Pods that declare no controller: default/solo');
    for (const n of onHost1) {
      expect(lines).toContain(`evicting pod default/${n}`);
      expect(lines).toContain(`pod/${n} evicted`);
    }
    expect(lines[lines.length - 1]).toBe('node/host-1 drained');
    expect(sh.exec('kubectl get pods').output).toMatch(/Terminating/);
    sh.wait(5);
    for (const n of onHost1) expect(world.k8s.pods.has(n)).toBe(false);
    expect([...world.k8s.pods.values()].every((p) => p.nodeName !== 'host-1')).toBe(true);
    // The replica set made up for its evicted pods on the other node.
    const web = [...world.k8s.pods.values()].filter((p) => p.owner === 'web');
    expect(web.length).toBe(4);
    expect(web.every((p) => p.nodeName === 'host-2' && p.status === 'Running')).toBe(true);
    if (solo.nodeName === 'host-1') expect(world.k8s.pods.has('solo')).toBe(false);
    // The pods' containers are gone from the engine too.
    expect(sh.exec('docker -H host-1 ps -a').output.split('\n').length).toBe(1);
  });
});
