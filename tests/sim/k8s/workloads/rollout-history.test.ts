// Rollout history: each new pod template is a revision, kept as a replica set; the
// change-cause annotation (or --record) labels it. `rollout undo --to-revision=N` brings
// revision N back as the newest revision.
import { describe, expect, it } from 'vitest';
import { activePods, clusterSandbox, deploymentYaml, inline, run, settled, waitUntil } from './helpers.ts';

const cause = (text: string) => `kubernetes.io/change-cause: '${text}'`;

describe('rollout history', () => {
  it('lists every revision with its change cause', () => {
    const { world, sh } = clusterSandbox();
    run(sh, `kubectl apply -f ${inline(deploymentYaml({ image: 'shop/web:1.0', port: 8000, annotations: [cause('first release')] }))}`);
    waitUntil(sh, settled(world, 'web', 3));
    run(sh, 'kubectl set image deployment/web web=shop/web:1.1 --record');
    waitUntil(sh, settled(world, 'web', 3));
    run(sh, 'kubectl scale deployment/web --replicas=4');
    waitUntil(sh, settled(world, 'web', 4));
    // Scaling is not a new revision: only template changes are.
    expect(run(sh, 'kubectl rollout history deployment/web')).toBe([
      'deployment.apps/web ',
      'REVISION  CHANGE-CAUSE',
      '1         first release',
      '2         kubectl set image deployment/web web=shop/web:1.1 --record',
    ].join('\n'));
    expect(run(sh, 'kubectl rollout history deployment/web --revision=1')).toMatch(/^deployment\.apps\/web with revision #1\nPod Template:\n[\s\S]*Image:\s+shop\/web:1\.0/);
    expect(run(sh, 'kubectl rollout undo deployment/web --to-revision=1')).toBe('deployment.apps/web rolled back');
    waitUntil(sh, settled(world, 'web', 4));
    expect(run(sh, 'kubectl rollout history deployment/web')).toBe([
      'deployment.apps/web ',
      'REVISION  CHANGE-CAUSE',
      '2         kubectl set image deployment/web web=shop/web:1.1 --record',
      '3         first release',
    ].join('\n'));
    expect(run(sh, 'kubectl rollout undo deployment/web --to-revision=3')).toBe('deployment.apps/web skipped rollback (current template already matches revision 3)');
    const missing = sh.exec('kubectl rollout undo deployment/web --to-revision=7');
    expect(missing.error).toMatch(/^error: unable to find specified revision 7 in history\n/);
  });

  it('undo with a single revision has no history to go back to', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25');
    waitUntil(sh, settled(world, 'web', 1));
    const r = sh.exec('kubectl rollout undo deployment/web');
    expect(r.ok).toBe(false);
    expect(r.error.split('\n')[0]).toBe('error: no rollout history found for deployment "web"');
    expect(run(sh, 'kubectl rollout history deployment/web')).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>');
  });

  it('rollout restart replaces every pod through a new revision', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=2');
    waitUntil(sh, settled(world, 'web', 2));
    const before = activePods(world, 'web').map((p) => p.name);
    expect(run(sh, 'kubectl rollout restart deployment/web')).toBe('deployment.apps/web restarted');
    waitUntil(sh, settled(world, 'web', 2));
    expect(activePods(world, 'web').some((p) => before.includes(p.name))).toBe(false);
    expect(run(sh, 'kubectl describe deployment web')).toMatch(/Annotations:\s+kubectl\.kubernetes\.io\/restartedAt: 2024-03-04T09:\d\d:\d\dZ/);
    expect(world.k8s.deployments.get('web')?.revision).toBe(2);
  });
});
