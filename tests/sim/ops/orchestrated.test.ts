// The same incidents on an orchestrated workload: ci-bot's rollout is a `kubectl set
// image`, pods crash-loop with back-off, `kubectl rollout undo` is the rollback, a
// secret is rotated in the secret store, and a cut-off node's pods are evicted and
// recreated elsewhere without anyone's help (self-healing).
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, ok, timings, waitUntil } from './helpers.ts';

function deployed(seed: number) {
  const { world, sh } = sandbox(seed);
  ok(sh, 'kubectl create deployment web --image=shop/web:1.0 --replicas=2');
  sh.wait(30);
  return { world, sh };
}

describe('incidents on a deployment', () => {
  it('bad release: ci-bot sets the image, pods crash; rollout undo resolves it', () => {
    const { world, sh } = deployed(24);
    const inc = inject(sh, 'bad-release deployment/web --variant crash');
    expect(world.commandLog.filter((e) => e.actor === 'ci-bot').map((e) => e.line)).toEqual(['kubectl set image deployment/web web=shop/web:1.2']);
    waitUntil(sh, () => firing(world, 'KubePodCrashLooping').length > 0, 400);
    ack(sh, 'KubePodCrashLooping');
    expect(inc.detectedTick).toBe(world.tick);
    ok(sh, 'kubectl rollout undo deployment/web');
    waitUntil(sh, () => inc.state === 'resolved', 120);
    expect(world.k8s.deployments.get('web')?.template.container.image).toBe('shop/web:1.0');
  });

  it('crash loop: pods in CrashLoopBackOff log the bad configuration; rollout undo resolves it', () => {
    const { world, sh } = deployed(24);
    const inc = inject(sh, 'crash-loop web');
    waitUntil(sh, () => [...world.k8s.pods.values()].some((p) => p.status === 'CrashLoopBackOff'), 120);
    const pod = [...world.k8s.pods.values()].find((p) => p.status === 'CrashLoopBackOff');
    expect(ok(sh, `kubectl logs ${pod?.name}`)).toContain('could not translate host name "db-old.internal" to address');
    sh.wait(1);
    expect(inc.detectedBy).toBe(`console: kubectl logs ${pod?.name}`);
    ok(sh, 'kubectl rollout undo deployment/web');
    waitUntil(sh, () => inc.state === 'resolved', 120);
  });

  it('secret leak: rolling back is not enough until the secret is rotated in the store', () => {
    const { world, sh } = deployed(24);
    ok(sh, 'kubectl create secret generic db --from-literal=password=hunter2');
    const inc = inject(sh, 'secret-leak deployment/web');
    sh.wait(60);
    expect(firing(world, 'SecretLeaked', 'shop/web:1.2')).toHaveLength(1);
    ok(sh, 'kubectl rollout undo deployment/web');
    sh.wait(60);
    expect(inc.state).toBe('open');
    ok(sh, 'kubectl delete secret db');
    ok(sh, 'kubectl create secret generic db --from-literal=password=n3w-pa55');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
  });

  it('network partition: the node goes NotReady, its pods are evicted and recreated elsewhere, by themselves', () => {
    const { world, sh } = deployed(24);
    const onHost2 = [...world.k8s.pods.values()].filter((p) => p.nodeName === 'host-2').length;
    expect(onHost2).toBeGreaterThan(0);
    const inc = inject(sh, 'network-partition host-2');
    waitUntil(sh, () => firing(world, 'NodeNotReady', 'node/host-2').length > 0, 120);
    waitUntil(sh, () => inc.state === 'resolved', world.k8s.evictionTolerationTicks + 120);
    expect(world.hosts.get('host-2')?.partitioned).toBe(true);
    expect(timings(inc).ttd).toBeNull();
    expect(timings(inc).ttr).toBeGreaterThan(world.k8s.evictionTolerationTicks);
  });

  it('registry outage: a rollout to a new tag ends in ImagePullBackOff; the old pods keep serving', () => {
    const { world, sh } = deployed(24);
    const inc = inject(sh, 'registry-outage docker.io');
    ok(sh, 'kubectl set image deployment/web web=shop/web:1.1');
    waitUntil(sh, () => firing(world, 'ImagePullBackOff').length > 0, 120);
    const pod = [...world.k8s.pods.values()].find((p) => p.status === 'ImagePullBackOff' || p.status === 'ErrImagePull');
    expect(ok(sh, `kubectl describe pod ${pod?.name}`)).toContain('connect: connection refused');
    expect([...world.k8s.pods.values()].filter((p) => p.ready)).toHaveLength(2);
    expect(inc.state).toBe('open');
  });
});
