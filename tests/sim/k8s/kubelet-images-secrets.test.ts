// The kubelet's side of starting a pod: the scheduler prefers a node that already has
// the image (image locality); a missing image is pulled by the node's engine
// (ContainerCreating), a pull that fails shows ErrImagePull, then ImagePullBackOff
// with a growing back-off; a secret is read when the container starts (a missing one
// is CreateContainerConfigError, a changed one reaches only new containers).
import { describe, expect, it } from 'vitest';
import type { Secret } from '../../../shared/sim/k8s/model.ts';
import type { World } from '../../../shared/sim/model.ts';
import { barePod, clusterSandbox, containerOf, crash, spec, waitUntil } from './cluster.ts';

function secret(world: World, name: string, data: Record<string, string>): Secret {
  const s: Secret = { name, data, version: 1, createdTick: world.tick };
  world.k8s.secrets.set(name, s);
  return s;
}

describe('kubelet: images', () => {
  it('prefers the node that already has the image, and starts there without a pull', () => {
    const { world, sh } = clusterSandbox();
    // A big image on the smaller node only: without it, host-1 (more room) would win.
    expect(sh.exec('docker -H host-2 pull postgres:16').ok).toBe(true);
    const pod = barePod(world, 'db', spec({ name: 'db', image: 'postgres:16', containerPort: 5432 }));
    sh.wait(1);
    expect(pod.nodeName).toBe('host-2');
    expect(pod.placement?.scores.find((s) => s.plugin === 'ImageLocality')?.score).toBeGreaterThan(0);
    sh.wait(1);
    expect(pod.status).toBe('Running');
    expect(sh.exec('kubectl describe pod db').output).toContain('Container image "postgres:16" already present on machine');
    const other = barePod(world, 'other', spec({ name: 'other', image: 'alpine:3.19', containerPort: 0 }));
    sh.wait(1);
    expect(other.nodeName).toBe('host-1');
  });

  it('shows ContainerCreating during the pull, then ErrImagePull and ImagePullBackOff for an image that does not exist', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-2'] });
    const ok = barePod(world, 'web', spec({ image: 'shop/web:1.1', containerPort: 8000 }));
    sh.wait(3);
    expect(ok.status).toBe('ContainerCreating');
    expect(sh.exec('kubectl logs web').error).toBe('Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating');
    waitUntil(sh, () => ok.status === 'Running');
    expect(sh.exec('kubectl describe pod web').output).toMatch(/Pulled\s+.*Successfully pulled image "shop\/web:1\.1" in \d+s \(\d+s including waiting\)/);
    const bad = barePod(world, 'bad', spec({ name: 'bad', image: 'shop/web:9.9' }));
    sh.wait(2);
    expect(bad.status).toBe('ErrImagePull');
    expect(sh.exec('kubectl get pods').output).toMatch(/^bad\s+0\/1\s+ErrImagePull\s+0\s+2s$/m);
    sh.wait(1);
    expect(sh.exec('kubectl get pods').output).toMatch(/^bad\s+0\/1\s+ImagePullBackOff\s+0\s+3s$/m);
    const d = sh.exec('kubectl describe pod bad').output;
    expect(d).toContain('Failed to pull image "shop/web:9.9": rpc error: code = Unknown desc = Error response from daemon: manifest for shop/web:9.9 not found: manifest unknown: manifest unknown');
    expect(d).toMatch(/Warning\s+Failed\s+.*kubelet\s+Error: ErrImagePull/);
    expect(d).toMatch(/Normal\s+BackOff\s+.*kubelet\s+Back-off pulling image "shop\/web:9\.9"/);
    expect(d).toMatch(/Warning\s+Failed\s+.*kubelet\s+Error: ImagePullBackOff/);
    expect(sh.exec('kubectl logs bad').error).toContain('is waiting to start: trying and failing to pull image');
    // Retries come 10 s, then 20 s, then 40 s apart.
    const tries: number[] = [];
    let last = bad.status;
    for (let t = 0; t < 90; t++) {
      sh.wait(1);
      if (bad.status === 'ErrImagePull' && last !== 'ErrImagePull') tries.push(world.tick);
      last = bad.status;
    }
    expect(tries.slice(1).map((t, i) => t - (tries[i] as number))).toEqual([20, 40]);
  });
});

describe('kubelet: secrets at run time', () => {
  it('refuses to start without the secret, reads it at start, and keeps the old value until the next container', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1'] });
    const pod = barePod(world, 'api', spec({ name: 'api', env: [{ name: 'DB_PASSWORD', secretKeyRef: { name: 'db', key: 'password' } }, { name: 'MODE', value: 'prod' }] }));
    // The image is pulled first; the container's configuration is made after.
    waitUntil(sh, () => pod.status === 'CreateContainerConfigError');
    expect(sh.exec('kubectl get pods').output).toMatch(/^api\s+0\/1\s+CreateContainerConfigError\s/m);
    expect(sh.exec('kubectl describe pod api').output).toMatch(/Warning\s+Failed\s+.*kubelet\s+Error: secret "db" not found/);
    const s = secret(world, 'db', { pass: 'x' });
    sh.wait(10);
    expect(sh.exec('kubectl describe pod api').output).toContain("Error: couldn't find key password in Secret default/db");
    s.data = { password: 'hunter2' };
    waitUntil(sh, () => pod.status === 'Running');
    expect(containerOf(world, pod).env.DB_PASSWORD).toBe('hunter2');
    expect(containerOf(world, pod).env.MODE).toBe('prod');
    // describe names the secret; it never prints the value.
    const d = sh.exec('kubectl describe pod api').output;
    expect(d).toContain("DB_PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false");
    expect(d).not.toContain('hunter2');
    s.data = { password: 'rotated' };
    sh.wait(5);
    expect(containerOf(world, pod).env.DB_PASSWORD).toBe('hunter2');
    crash(world, pod);
    waitUntil(sh, () => pod.status === 'Running' && pod.restartCount === 1);
    expect(containerOf(world, pod).env.DB_PASSWORD).toBe('rotated');
  });
});
