// Readiness: a running pod counts as Ready (READY 1/1, an endpoint of its Services) only
// once its readiness probe passes — after the probe's initial delay and once the app
// answers. A probe that starts before the app is up fails, and the kubelet says so.
import { describe, expect, it } from 'vitest';
import { barePod, clusterSandbox, spec, waitUntil } from './cluster.ts';

describe('readiness', () => {
  it('stays 0/1 through the probe delay, then becomes Ready', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1'] });
    const pod = barePod(world, 'web', spec({ readinessDelayTicks: 8 }));
    waitUntil(sh, () => pod.status === 'Running');
    const started = world.tick;
    expect(sh.exec('kubectl get pods').output).toMatch(/^web\s+0\/1\s+Running\s/m);
    waitUntil(sh, () => pod.ready);
    expect(world.tick - started).toBeGreaterThanOrEqual(8);
    expect(world.tick - started).toBeLessThanOrEqual(10);
    expect(sh.exec('kubectl get pods').output).toMatch(/^web\s+1\/1\s+Running\s/m);
    expect(sh.exec('kubectl describe pod web').output).toMatch(/Readiness:\s+http-get http:\/\/:80\/ delay=8s timeout=1s period=10s #success=1 #failure=3/);
  });

  it('reports Unhealthy while the app is slower to answer than the probe delay', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1'] });
    const id = world.registries.get('docker.io')?.tags['nginx:1.25'];
    const image = id ? world.images.get(id) : undefined;
    if (!image) throw new Error('nginx');
    image.profile = { ...image.profile, readyAfterTicks: 40 };
    const pod = barePod(world, 'web', spec({ readinessDelayTicks: 5 }));
    waitUntil(sh, () => pod.ready, 100);
    const d = sh.exec('kubectl describe pod web').output;
    expect(d).toMatch(new RegExp(`Warning\\s+Unhealthy\\s+\\S+ \\(x4 over \\d+s\\)\\s+kubelet\\s+Readiness probe failed: Get "http://${pod.ip.replace(/\./g, '\\.')}:80/": dial tcp ${pod.ip.replace(/\./g, '\\.')}:80: connect: connection refused`));
  });
});
