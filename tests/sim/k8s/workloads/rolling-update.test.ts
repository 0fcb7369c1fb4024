// Rolling update: a new template rolls out a few pods at a time. With the defaults the
// total never exceeds replicas + 25 % (rounded up) and the Ready pods never drop below
// replicas − 25 % (rounded down); a pod counts only once its readiness probe passes.
import { describe, expect, it } from 'vitest';
import { activePods, clusterSandbox, run, settled, waitUntil } from './helpers.ts';

function manifest(replicas: number, image: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels:',
    '      app: web',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: web',
    '    spec:',
    '      containers:',
    '      - name: web',
    `        image: ${image}`,
    '        ports:',
    '        - containerPort: 8000',
    '        readinessProbe:',
    '          httpGet:',
    '            path: /healthz',
    '            port: 8000',
    '          initialDelaySeconds: 5',
  ].join('\\n');
}

function rollOut(replicas: number, surge: number, unavailable: number): void {
  const { world, sh } = clusterSandbox();
  expect(run(sh, `kubectl apply -f "${manifest(replicas, 'shop/web:1.0')}"`)).toBe('deployment.apps/web created');
  waitUntil(sh, settled(world, 'web', replicas));
  expect(run(sh, `kubectl apply -f "${manifest(replicas, 'shop/web:1.1')}"`)).toBe('deployment.apps/web configured');
  let maxTotal = 0;
  let minReady = replicas;
  let ticks = 0;
  while (!settled(world, 'web', replicas)()) {
    sh.wait(1);
    ticks++;
    const pods = activePods(world, 'web');
    maxTotal = Math.max(maxTotal, pods.length);
    minReady = Math.min(minReady, pods.filter((p) => p.ready).length);
    if (ticks > 600) throw new Error('rollout did not finish');
  }
  expect(maxTotal).toBe(replicas + surge);
  expect(minReady).toBe(replicas - unavailable);
  // Behind readiness: each wave waits for the 5 s probe delay, so the rollout takes several waves.
  expect(ticks).toBeGreaterThanOrEqual(Math.ceil(replicas / (surge + unavailable)) * 5);
  expect(activePods(world, 'web').every((p) => p.spec.image === 'shop/web:1.1')).toBe(true);
}

describe('rolling update', () => {
  it('replicas=4: at most 5 pods, at least 3 Ready (surge 1, unavailable 1)', () => rollOut(4, 1, 1));
  it('replicas=10: at most 13 pods, at least 8 Ready (25 % surge rounds up to 3, 25 % unavailable rounds down to 2)', () => rollOut(10, 3, 2));

  it('rollout status follows the rollout until it is done', () => {
    const { world, sh } = clusterSandbox();
    run(sh, `kubectl apply -f "${manifest(4, 'shop/web:1.0')}"`);
    waitUntil(sh, settled(world, 'web', 4));
    run(sh, 'kubectl set image deployment/web web=shop/web:1.1');
    const r = sh.exec('kubectl rollout status deployment/web');
    expect(r.ok).toBe(true);
    expect(r.waitedTicks).toBeGreaterThan(5);
    const lines = r.output.split('\n');
    expect(lines[0]).toMatch(/^Waiting for deployment "web" rollout to finish: \d out of 4 new replicas have been updated\.\.\.$/);
    expect(lines).toContain('Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...');
    expect(lines[lines.length - 1]).toBe('deployment "web" successfully rolled out');
    expect(run(sh, 'kubectl rollout status deployment/web')).toBe('deployment "web" successfully rolled out');
    expect(run(sh, 'kubectl get deployments')).toMatch(/^web\s+4\/4\s+4\s+4\s+\S+$/m);
  });
});
