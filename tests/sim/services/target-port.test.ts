// Concept (service discovery): kube-proxy forwards a Service's traffic to podIP:targetPort
// exactly as written. A Service whose targetPort is not the port the app listens on has
// endpoints, yet every connection is refused; `service inspect` says so.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';

function exposed(flags: string) {
  const { world, sh } = sandbox(3);
  world.services.get('shop-web')!.entry = { kind: 'k8s-service', name: 'web' };
  for (const line of ['kubectl create deployment web --image=shop/web:1.0 --replicas=2', `kubectl expose deployment web ${flags}`]) {
    const r = sh.exec(line);
    if (!r.ok) throw new Error(`${line}: ${r.error}`);
  }
  sh.wait(40);
  return { world, sh, svc: world.services.get('shop-web')! };
}

describe('a k8s Service with the wrong targetPort', () => {
  it('refuses every request although the endpoints are there', () => {
    const { sh, svc } = exposed('--port 80');
    expect(sh.exec('kubectl get endpoints web').output).toContain(':80');
    expect(svc.metrics.servedRps).toBe(0);
    expect(svc.metrics.errorRps).toBeGreaterThan(0);
    const out = sh.exec('service inspect shop-web').output;
    expect(out).toContain('connection refused (listens on 8000, not 80)');
    expect(out).toContain('kubectl expose ... --target-port 8000');
  });

  it('serves once targetPort is the port the app listens on', () => {
    const { svc } = exposed('--port 80 --target-port 8000');
    expect(svc.metrics.errorRps).toBe(0);
    expect(svc.metrics.servedRps).toBeGreaterThan(0);
  });
});
