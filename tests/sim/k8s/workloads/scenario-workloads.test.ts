// Workloads in the scenario format: deployments, Kubernetes services, secrets and named
// manifests are data. They start running on the first ticks; inconsistent references are
// refused with the path of the problem.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../../shared/sim/scenario/schema.ts';
import { ScenarioError, createWorld } from '../../../../shared/sim/world.ts';
import sandboxJson from '../../../../shared/scenarios/sandbox.json';
import { activePods, clusterSandbox, containerOf, deploymentYaml, run, settled, waitUntil, type Json } from './helpers.ts';

function problems(patch: (j: Json) => void): string[] {
  const json = structuredClone(sandboxJson) as unknown as Json;
  patch(json);
  const r = parseScenario(json);
  if (!r.ok) return r.errors;
  try {
    createWorld(r.scenario, 1);
  } catch (err) {
    if (err instanceof ScenarioError) return err.problems;
    throw err;
  }
  return [];
}

describe('workloads in the scenario', () => {
  it('deployments, services and secrets from the scenario run from the first ticks', () => {
    const { world, sh } = clusterSandbox({}, (j) => {
      j.secrets = [{ name: 'db', data: { password: 's3cret' } }];
      j.deployments = [{ name: 'web', image: 'shop/web:1.1', replicas: 3, port: 8000, requests: { cpu: '250m', memory: '256Mi' }, secretEnv: { DB_PASSWORD: 'db:password' }, readinessDelaySeconds: 3 }];
      j.k8sServices = [{ name: 'web', type: 'LoadBalancer', port: 80, targetPort: 8000 }];
      j.manifests = { 'web-v2.yaml': deploymentYaml({ image: 'shop/web:1.0', port: 8000, replicas: 3 }).join('\n') };
    });
    waitUntil(sh, settled(world, 'web', 3), 60);
    const pod = activePods(world, 'web')[0];
    if (!pod) throw new Error('no pod');
    expect(pod.spec.cpuRequestMillis).toBe(250);
    expect(containerOf(world, pod).env.DB_PASSWORD).toBe('s3cret');
    expect(world.k8s.services.get('web')?.selector).toEqual({ app: 'web' });
    expect(run(sh, 'kubectl get svc web')).toMatch(/^web\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+\S+\s+80:\d+\/TCP\s+\S+$/m);
    expect(run(sh, 'kubectl apply -f web-v2.yaml')).toBe('deployment.apps/web configured');
  });

  it('refuses workloads without a cluster, and names the path of each problem', () => {
    expect(problems((j) => {
      delete j.cluster;
      j.deployments = [{ name: 'web', image: 'nginx:1.25' }];
    })).toContain('deployments: workloads need an orchestrator: add "cluster": {"nodes": [...]} to the scenario');
    const found = problems((j) => {
      j.cluster = { nodes: ['host-1'] };
      j.deployments = [
        { name: 'web', image: 'nginx:1.25', requests: { cpu: 'lots' }, secretEnv: { PW: 'db:password' } },
        { name: 'web', image: 'nginx:1.25' },
      ];
      j.k8sServices = [{ name: '1web', port: 80 }];
    });
    expect(found).toEqual(expect.arrayContaining([
      'deployments[0].requests.cpu: "lots" is not a quantity (e.g. 250m, 0.5, 128Mi, 1Gi)',
      'deployments[0].secretEnv.PW: secret "db" is not in "secrets" (its pods would fail with CreateContainerConfigError)',
      'deployments[1].name: duplicate deployment "web"',
    ]));
    expect(found.some((p) => p.startsWith('k8sServices[0].name: Invalid value: "1web": a DNS-1035 label'))).toBe(true);
  });
});
