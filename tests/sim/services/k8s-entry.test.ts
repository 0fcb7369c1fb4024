// Concept (service discovery): behind a k8s Service, kube-proxy sends requests to the
// endpoints of Ready pods matching the Service's selector. No Service object: nothing
// routes the requests and they all fail. A Ready pod whose process died stays an endpoint
// until the pod is marked not Ready, and its share of the requests fails meanwhile.
import { describe, expect, it } from 'vitest';
import type { K8sService, Pod } from '../../../shared/sim/k8s/model.ts';
import type { World } from '../../../shared/sim/model.ts';
import { emptyServiceMetrics } from '../../../shared/sim/services/model.ts';
import { emptyWindow } from '../../../shared/sim/services/slo.ts';
import { container, runBackend, shop, shopWorld } from './world.ts';

/**
 * The shop world with `shop` served through k8s Service "shop" instead of a label selector.
 * The pods and the Service are set by hand (the control plane stays off): this tests the
 * load balancer's side only.
 */
function k8sShop(rps: number) {
  const w = shopWorld({ rps, extra: (json) => delete json.cluster });
  const s = shop(w.world);
  w.world.services.set('shop', { ...s, entry: { kind: 'k8s-service', name: 'shop' }, metrics: emptyServiceMetrics(), sloWindow: emptyWindow(600) });
  return w;
}

/** A pod as the kubelet would leave it, running container `containerName` of host-1. */
function pod(world: World, name: string, containerName: string, ready: boolean): Pod {
  return { name, labels: { app: 'shop' }, ready, containerId: container(world, containerName).id, status: 'Running' } as unknown as Pod;
}

function expose(world: World): void {
  world.k8s.services.set('shop', { name: 'shop', selector: { app: 'shop' }, port: 8000, targetPort: 8000, dnsName: 'shop.default.svc.cluster.local' } as unknown as K8sService);
}

describe('a service behind a k8s Service', () => {
  it('fails every request while the Service does not exist', () => {
    const { world, sh } = k8sShop(20);
    runBackend(sh, 'p1');
    world.k8s.pods.set('shop-1', pod(world, 'shop-1', 'p1', true));
    sh.wait(3);
    const s = shop(world);
    expect(s.metrics.errorRps).toBe(20);
    expect(s.metrics.cause).toBe('no-k8s-service');
    expect(container(world, 'p1').metrics.offeredRps).toBe(0);
    const out = sh.exec('service inspect shop').output;
    expect(out).toContain('k8s Service "shop" does not exist: run kubectl expose deployment shop --port 8000');
  });

  it('once exposed, spreads requests over the Ready pods only', () => {
    const { world, sh } = k8sShop(20);
    runBackend(sh, 'p1');
    runBackend(sh, 'p2');
    runBackend(sh, 'p3');
    world.k8s.pods.set('shop-1', pod(world, 'shop-1', 'p1', true));
    world.k8s.pods.set('shop-2', pod(world, 'shop-2', 'p2', true));
    world.k8s.pods.set('shop-3', pod(world, 'shop-3', 'p3', false));
    expose(world);
    sh.wait(3);
    const s = shop(world);
    expect(s.metrics.servedRps).toBe(20);
    expect(s.metrics.healthyBackends).toBe(2);
    expect(container(world, 'p1').metrics.offeredRps).toBe(10);
    expect(container(world, 'p3').metrics.offeredRps).toBe(0);
    expect(sh.exec('service list').output).toMatch(/^shop\s+svc\/shop\s+2\s+20\s/m);
  });

  it('keeps sending to a Ready pod whose process died: its share fails until the pod is not Ready', () => {
    const { world, sh } = k8sShop(20);
    runBackend(sh, 'p1');
    runBackend(sh, 'p2');
    world.k8s.pods.set('shop-1', pod(world, 'shop-1', 'p1', true));
    world.k8s.pods.set('shop-2', pod(world, 'shop-2', 'p2', true));
    expose(world);
    sh.wait(3);
    expect(sh.exec('docker kill p2').ok).toBe(true);
    sh.wait(1);
    const s = shop(world);
    expect(s.metrics.servedRps).toBe(10);
    expect(s.metrics.cause).toBe('unreachable-endpoints');
    (world.k8s.pods.get('shop-2') as Pod).ready = false;
    sh.wait(1);
    expect(s.metrics.servedRps).toBe(20);
    expect(s.metrics.cause).toBe('');
  });
});
