// Declarative configuration: `kubectl apply -f` creates what is missing, configures what
// differs and leaves the rest unchanged, one line per object; a manifest may hold several
// documents separated by `---`, come from the scenario by name, or be typed inline.
import { describe, expect, it } from 'vitest';
import { clusterSandbox, deploymentYaml, inline, run, settled, waitUntil } from './helpers.ts';

const SERVICE = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  type: LoadBalancer', '  selector:', '    app: web', '  ports:', '  - port: 80', '    targetPort: 8000'];
const SECRET = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'type: Opaque', 'stringData:', '  password: s3cret'];

function stack(image: string): string {
  return [...deploymentYaml({ image, port: 8000, readinessDelay: 2 }), '---', ...SERVICE, '---', ...SECRET].join('\n');
}

describe('kubectl apply', () => {
  it('creates, then configures only what changed, and reports unchanged objects', () => {
    const { world, sh } = clusterSandbox({}, (j) => {
      j.manifests = { 'shop.yaml': stack('shop/web:1.0'), 'shop-v2.yaml': stack('shop/web:1.1') };
    });
    expect(run(sh, 'kubectl apply -f shop.yaml')).toBe('deployment.apps/web created\nservice/web created\nsecret/db created');
    waitUntil(sh, settled(world, 'web', 3));
    expect(run(sh, 'kubectl apply -f shop.yaml')).toBe('deployment.apps/web unchanged\nservice/web unchanged\nsecret/db unchanged');
    expect(run(sh, 'kubectl apply -f ./shop-v2.yaml')).toBe('deployment.apps/web configured\nservice/web unchanged\nsecret/db unchanged');
    waitUntil(sh, settled(world, 'web', 3));
    expect(world.k8s.deployments.get('web')?.revision).toBe(2);
    expect(world.k8s.services.get('web')?.targetPort).toBe(8000);
    expect(world.k8s.secrets.get('db')?.data).toEqual({ password: 's3cret' });
  });

  it('keeps a scaled replica count when the manifest has no replicas field, and resets it when it has one', () => {
    const { world, sh } = clusterSandbox();
    const noReplicas = deploymentYaml({ image: 'nginx:1.25' }).filter((l) => !l.includes('replicas:'));
    run(sh, `kubectl apply -f ${inline(noReplicas)}`);
    run(sh, 'kubectl scale deployment web --replicas=5');
    expect(run(sh, `kubectl apply -f ${inline(noReplicas)}`)).toBe('deployment.apps/web unchanged');
    expect(world.k8s.deployments.get('web')?.replicas).toBe(5);
    expect(run(sh, `kubectl apply -f ${inline(deploymentYaml({ image: 'nginx:1.25', replicas: 2 }))}`)).toBe('deployment.apps/web configured');
    expect(world.k8s.deployments.get('web')?.replicas).toBe(2);
  });

  it('a missing manifest names what the scenario provides', () => {
    const { sh } = clusterSandbox({}, (j) => {
      j.manifests = { 'shop.yaml': stack('shop/web:1.0') };
    });
    const r = sh.exec('kubectl apply -f web.yaml');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^error: the path "web\.yaml" does not exist\n.*shop\.yaml/);
    expect(sh.exec('kubectl apply').error).toBe('error: must specify one of -f and -k');
  });

  it('create deployment labels everything app=<name> and names the container after the image', () => {
    const { world, sh } = clusterSandbox();
    expect(run(sh, 'kubectl create deployment shop --image=shop/web:1.1 --replicas=2')).toBe('deployment.apps/shop created');
    const d = world.k8s.deployments.get('shop');
    expect(d?.selector).toEqual({ app: 'shop' });
    expect(d?.template.labels).toEqual({ app: 'shop' });
    expect(d?.template.container.name).toBe('web');
    waitUntil(sh, settled(world, 'shop', 2));
    expect(run(sh, 'kubectl get deploy -o wide')).toMatch(/^shop\s+2\/2\s+2\s+2\s+\S+\s+web\s+shop\/web:1\.1\s+app=shop$/m);
    expect(run(sh, 'kubectl get rs')).toMatch(/^shop-[4-9bcdf]{1,10}\s+2\s+2\s+2\s+\S+$/m);
    expect(sh.exec('kubectl create deployment shop --image=nginx:1.25').error.split('\n')[0]).toBe('error: failed to create deployment: deployments.apps "shop" already exists');
  });
});
