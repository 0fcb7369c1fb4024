// A bad release: the new image crash-loops before its readiness probe passes, so its
// pods never become Ready. The rolling update stalls — maxUnavailable keeps the old pods
// serving — and after the progress deadline `rollout status` reports it. `rollout undo`
// brings back the previous revision.
import { describe, expect, it } from 'vitest';
import { activePods, clusterSandbox, deploymentYaml, inline, publish, run, settled, waitUntil } from './helpers.ts';

function setup() {
  const { world, sh } = clusterSandbox();
  publish(world, 'shop/web:1.1', 'shop/web:1.2', { crashAfterTicks: 3 });
  run(sh, `kubectl apply -f ${inline(deploymentYaml({ replicas: 4, image: 'shop/web:1.1', port: 8000, readinessDelay: 5 }))}`);
  waitUntil(sh, settled(world, 'web', 4));
  return { world, sh };
}

describe('bad release', () => {
  it('stalls with the old pods still Ready, and rollout status reports the exceeded deadline', () => {
    const { world, sh } = setup();
    expect(run(sh, 'kubectl set image deployment/web web=shop/web:1.2')).toBe('deployment.apps/web image updated');
    let minOldReady = 4;
    for (let t = 0; t < 120; t++) {
      sh.wait(1);
      const oldReady = activePods(world, 'web').filter((p) => p.ready && p.spec.image === 'shop/web:1.1').length;
      minOldReady = Math.min(minOldReady, oldReady);
    }
    expect(minOldReady).toBe(3);
    const pods = activePods(world, 'web');
    const fresh = pods.filter((p) => p.spec.image === 'shop/web:1.2');
    expect(fresh).toHaveLength(2);
    expect(fresh.every((p) => !p.ready && p.restartCount > 0)).toBe(true);
    expect(run(sh, 'kubectl get pods')).toMatch(/web-\w+-\w+\s+0\/1\s+(CrashLoopBackOff|Error)\s+\d/);
    const status = sh.exec('kubectl rollout status deployment/web');
    expect(status.ok).toBe(false);
    expect(status.output).toContain('Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...');
    expect(status.error).toBe('error: deployment "web" exceeded its progress deadline');
    expect(world.tick).toBeGreaterThanOrEqual(600);
    expect(run(sh, 'kubectl describe deployment web')).toMatch(/Progressing\s+False\s+ProgressDeadlineExceeded/);
    expect(activePods(world, 'web').filter((p) => p.ready && p.spec.image === 'shop/web:1.1')).toHaveLength(3);
  });

  it('rollout undo restores the previous revision', () => {
    const { world, sh } = setup();
    run(sh, 'kubectl set image deployment/web web=shop/web:1.2');
    sh.wait(60);
    expect(run(sh, 'kubectl rollout undo deployment/web')).toBe('deployment.apps/web rolled back');
    waitUntil(sh, settled(world, 'web', 4), 300);
    expect(activePods(world, 'web').every((p) => p.spec.image === 'shop/web:1.1' && p.ready)).toBe(true);
    expect(run(sh, 'kubectl rollout status deployment/web')).toBe('deployment "web" successfully rolled out');
    // Revision 1 came back as revision 3; the bad one stays in history as 2.
    expect(run(sh, 'kubectl rollout history deployment/web')).toBe(['deployment.apps/web ', 'REVISION  CHANGE-CAUSE', '2         <none>', '3         <none>'].join('\n'));
    expect(run(sh, 'kubectl describe deployment web')).toMatch(/Image:\s+shop\/web:1\.1/);
  });
});
