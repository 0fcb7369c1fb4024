// Service discovery: `kubectl expose` gives a deployment's pods one stable virtual IP
// and DNS name; its endpoints are exactly the Ready pods the selector matches, wherever
// they run, so a pod that is starting or crashed gets no traffic.
import { describe, expect, it } from 'vitest';
import { endpointPods } from '../../../../shared/sim/k8s/workloads/views/services.ts';
import { activePods, clusterSandbox, crash, deploymentYaml, inline, run, settled, waitUntil } from './helpers.ts';

function ipInServiceRange(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return a === 10 && (b as number) >= 96 && (b as number) <= 111;
}

describe('service discovery', () => {
  it('expose gives a ClusterIP in 10.96.0.0/12 and a DNS name; endpoints are the Ready pods', () => {
    const { world, sh } = clusterSandbox();
    run(sh, `kubectl apply -f ${inline(deploymentYaml({ replicas: 3, image: 'shop/web:1.1', port: 8000, readinessDelay: 5 }))}`);
    waitUntil(sh, settled(world, 'web', 3));
    expect(run(sh, 'kubectl expose deployment web --port 80 --target-port 8000')).toBe('service/web exposed');
    const svc = world.k8s.services.get('web');
    if (!svc) throw new Error('no service');
    expect(svc.dnsName).toBe('web.default.svc.cluster.local');
    expect(ipInServiceRange(svc.clusterIP)).toBe(true);
    expect(run(sh, 'kubectl get services')).toMatch(new RegExp(`^NAME\\s+TYPE\\s+CLUSTER-IP\\s+EXTERNAL-IP\\s+PORT\\(S\\)\\s+AGE\\nweb\\s+ClusterIP\\s+${svc.clusterIP.replace(/\./g, '\\.')}\\s+<none>\\s+80/TCP\\s+0s$`));
    const ready = activePods(world, 'web').map((p) => `${p.ip}:8000`).sort();
    expect(endpointPods(world, svc).map((p) => `${p.ip}:8000`).sort()).toEqual(ready);
    expect(run(sh, 'kubectl describe service web')).toContain(`Endpoints:         ${endpointPods(world, svc).map((p) => `${p.ip}:8000`).join(',')}`);

    // New replicas join the endpoints only once their readiness probe passes.
    run(sh, 'kubectl scale deployment web --replicas=5');
    waitUntil(sh, () => activePods(world, 'web').filter((p) => p.status === 'Running').length === 5);
    expect(endpointPods(world, svc)).toHaveLength(3);
    waitUntil(sh, settled(world, 'web', 5));
    expect(endpointPods(world, svc)).toHaveLength(5);
    expect(run(sh, 'kubectl get endpoints web')).toMatch(/^web\s+(\d+\.){3}\d+:8000,(\d+\.){3}\d+:8000,(\d+\.){3}\d+:8000 \+ 2 more\.\.\.\s+\S+$/m);

    // A crashed pod leaves the endpoints until it is Ready again.
    const pod = activePods(world, 'web')[0];
    if (!pod) throw new Error('no pod');
    crash(world, pod);
    sh.wait(1);
    expect(endpointPods(world, svc).map((p) => p.name)).not.toContain(pod.name);
    waitUntil(sh, () => pod.ready);
    expect(endpointPods(world, svc).map((p) => p.name)).toContain(pod.name);
  });

  it('a LoadBalancer service gets an external IP once the load balancer is provisioned', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment shop --image=nginx:1.25 --port=80');
    expect(run(sh, 'kubectl expose deployment shop --type LoadBalancer')).toBe('service/shop exposed');
    expect(run(sh, 'kubectl get svc shop')).toMatch(/^shop\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+<pending>\s+80:3\d{4}\/TCP\s+0s$/m);
    sh.wait(30);
    expect(run(sh, 'kubectl get svc shop')).toMatch(/^shop\s+LoadBalancer\s+\S+\s+203\.0\.113\.\d+\s+80:3\d{4}\/TCP\s+30s$/m);
    expect(world.k8s.services.get('shop')?.targetPort).toBe(80);
  });

  it('expose without a port and no containerPort to introspect is refused', () => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25');
    const r = sh.exec('kubectl expose deployment web');
    expect(r.ok).toBe(false);
    expect(r.error.split('\n')[0]).toBe("error: couldn't find port via --port flag or introspection");
    expect(world.k8s.services.size).toBe(0);
  });
});
