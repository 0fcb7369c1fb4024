// The horizontal pod autoscaler: every 15 s it sizes the deployment to
// ceil(replicas × utilisation / target), utilisation being CPU used over CPU requested.
// It scales up at once under load, and down only after the highest recommendation of the
// last 5 minutes allows it. Without CPU requests there is no utilisation: `<unknown>`.
import { describe, expect, it } from 'vitest';
import type { World } from '../../../../shared/sim/model.ts';
import { activePods, clusterSandbox, containerOf, deploymentYaml, inline, run, settled, waitUntil } from './helpers.ts';

/** The app's load changes: each running container of the deployment now wants `millis` of CPU. */
function setLoad(world: World, millis: number): void {
  for (const p of activePods(world, 'web')) {
    if (p.containerId === null) continue;
    const c = containerOf(world, p);
    c.profile = { ...c.profile, cpuMillis: millis };
  }
}

const replicas = (world: World) => world.k8s.deployments.get('web')?.replicas;

describe('horizontal pod autoscaler', () => {
  it('scales up under CPU load, and down only after the 5-minute stabilisation window', () => {
    const { world, sh } = clusterSandbox();
    run(sh, `kubectl apply -f ${inline(deploymentYaml({ replicas: 2, image: 'nginx:1.25', port: 80, cpuRequest: '50m' }))}`);
    waitUntil(sh, settled(world, 'web', 2));
    expect(run(sh, 'kubectl autoscale deployment web --min 2 --max 10 --cpu-percent 60')).toBe('horizontalpodautoscaler.autoscaling/web autoscaled');
    sh.wait(1);
    // nginx uses its whole 50m request: 100 % of a 60 % target → ceil(2 × 100 / 60) = 4.
    expect(replicas(world)).toBe(4);
    expect(run(sh, 'kubectl get hpa')).toMatch(/^web\s+Deployment\/web\s+cpu: 100%\/60%\s+2\s+10\s+4\s+\S+$/m);
    waitUntil(sh, () => replicas(world) === 10, 120);
    waitUntil(sh, settled(world, 'web', 10));
    expect(run(sh, 'kubectl describe hpa web')).toMatch(/SuccessfulRescale\s+.*New size: 4; reason: cpu resource utilization \(percentage of request\) above target/);

    setLoad(world, 5);
    const dropped = world.tick;
    waitUntil(sh, () => replicas(world) !== 10, 400);
    const heldFor = world.tick - dropped;
    expect(heldFor).toBeGreaterThanOrEqual(285);
    expect(heldFor).toBeLessThanOrEqual(320);
    // 10 % of a 60 % target: ceil(10 × 10 / 60) = 2, the minimum.
    expect(replicas(world)).toBe(2);
    expect(run(sh, 'kubectl get hpa')).toMatch(/cpu: 10%\/60%\s+2\s+10\s+2\s/);
  });

  it('a short dip does not scale down (the window keeps the highest recommendation)', () => {
    const { world, sh } = clusterSandbox();
    run(sh, `kubectl apply -f ${inline(deploymentYaml({ replicas: 4, image: 'nginx:1.25', port: 80, cpuRequest: '50m' }))}`);
    waitUntil(sh, settled(world, 'web', 4));
    run(sh, 'kubectl autoscale deployment web --min 1 --max 4 --cpu-percent 90');
    sh.wait(60);
    expect(replicas(world)).toBe(4);
    setLoad(world, 5);
    sh.wait(120);
    setLoad(world, 50);
    sh.wait(300);
    expect(replicas(world)).toBe(4);
  });

  it('pods without CPU requests give <unknown> and no scaling', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=2');
    waitUntil(sh, settled(world, 'web', 2));
    run(sh, 'kubectl autoscale deployment web --max 6 --cpu-percent 10');
    sh.wait(60);
    expect(replicas(world)).toBe(2);
    expect(run(sh, 'kubectl get hpa')).toMatch(/^web\s+Deployment\/web\s+cpu: <unknown>\/10%\s+1\s+6\s+2\s+60s$/m);
    expect(run(sh, 'kubectl describe hpa web')).toMatch(/Warning\s+FailedGetResourceMetric\s+.*missing request for cpu in container nginx of Pod web-/);
  });

  it('refuses --max below --min', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25');
    expect(sh.exec('kubectl autoscale deployment web --min 5 --max 2').error).toBe('error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 2, min: 5');
    expect(sh.exec('kubectl autoscale deployment web').error).toBe('error: --max=MAXPODS is required and must be at least 1, max: -1');
    expect(world.k8s.hpas.size).toBe(0);
  });
});
