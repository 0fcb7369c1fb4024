// Secrets are mounted at run time: an env var with secretKeyRef is read from the Secret
// when the container starts. A changed secret reaches only containers started after the
// change (a restart or a rollout); a deleted one stops the next start with
// CreateContainerConfigError. describe shows sizes, never values.
import { describe, expect, it } from 'vitest';
import { activePods, clusterSandbox, containerOf, crash, deploymentYaml, inline, run, settled, waitUntil } from './helpers.ts';

const ENV = ['- name: DB_PASSWORD', '  valueFrom:', '    secretKeyRef:', '      name: db', '      key: password'];

function setup() {
  const { world, sh } = clusterSandbox();
  expect(run(sh, 'kubectl create secret generic db --from-literal=password=old-pass')).toBe('secret/db created');
  run(sh, `kubectl apply -f ${inline(deploymentYaml({ replicas: 2, image: 'shop/web:1.1', port: 8000, env: ENV }))}`);
  waitUntil(sh, settled(world, 'web', 2));
  return { world, sh };
}

const passwords = (world: ReturnType<typeof setup>['world']) => activePods(world, 'web').map((p) => containerOf(world, p).env.DB_PASSWORD);

describe('secrets mounted at run time', () => {
  it('running pods keep the value they started with until their container restarts', () => {
    const { world, sh } = setup();
    expect(passwords(world)).toEqual(['old-pass', 'old-pass']);
    // The image itself holds no secret: it is in the container's environment only.
    const image = world.images.get(containerOf(world, activePods(world, 'web')[0] as never).imageId);
    expect(JSON.stringify(image?.env ?? {})).not.toContain('old-pass');
    const rotated = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'type: Opaque', 'data:', '  password: bmV3LXBhc3M='];
    expect(run(sh, `kubectl apply -f ${inline(rotated)}`)).toBe('secret/db configured');
    expect(run(sh, `kubectl apply -f ${inline(rotated)}`)).toBe('secret/db unchanged');
    sh.wait(5);
    expect(passwords(world)).toEqual(['old-pass', 'old-pass']);
    const pod = activePods(world, 'web')[0];
    if (!pod) throw new Error('no pod');
    crash(world, pod);
    waitUntil(sh, () => pod.ready && pod.restartCount === 1);
    expect(containerOf(world, pod).env.DB_PASSWORD).toBe('new-pass');
    run(sh, 'kubectl rollout restart deployment/web');
    waitUntil(sh, settled(world, 'web', 2));
    expect(passwords(world)).toEqual(['new-pass', 'new-pass']);
  });

  it('describe secret shows sizes, not values', () => {
    const { sh } = setup();
    const d = run(sh, 'kubectl describe secret db');
    expect(d).toMatch(/^Type:  Opaque$/m);
    expect(d).toMatch(/^password:  8 bytes$/m);
    expect(d).not.toContain('old-pass');
    expect(run(sh, 'kubectl get secrets')).toMatch(/^db\s+Opaque\s+1\s+\S+$/m);
  });

  it('a pod that needs a deleted secret cannot start: CreateContainerConfigError', () => {
    const { world, sh } = setup();
    expect(run(sh, 'kubectl delete secret db')).toBe('secret "db" deleted');
    sh.wait(3);
    // Running containers are not affected: the value is already in their environment.
    expect(activePods(world, 'web').every((p) => p.ready)).toBe(true);
    run(sh, 'kubectl scale deployment/web --replicas=3');
    waitUntil(sh, () => activePods(world, 'web').some((p) => p.status === 'CreateContainerConfigError'));
    const stuck = activePods(world, 'web').find((p) => p.status === 'CreateContainerConfigError');
    expect(run(sh, 'kubectl get pods')).toMatch(new RegExp(`^${stuck?.name}\\s+0/1\\s+CreateContainerConfigError\\s+0\\s+\\S+$`, 'm'));
    expect(run(sh, `kubectl describe pod ${stuck?.name}`)).toContain('Error: secret "db" not found');
    expect(run(sh, 'kubectl create secret generic db --from-literal=password=back')).toBe('secret/db created');
    waitUntil(sh, settled(world, 'web', 3), 60);
  });

  it('creating a secret that exists is refused', () => {
    const { sh } = setup();
    const r = sh.exec('kubectl create secret generic db --from-literal=password=x');
    expect(r.error.split('\n')[0]).toBe('error: failed to create secret secrets "db" already exists');
  });
});
