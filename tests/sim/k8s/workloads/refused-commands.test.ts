// A refused kubectl command changes nothing: every check runs before the first change,
// so the simulation's hash is the same after the refusal (only the command log grows).
import { describe, expect, it } from 'vitest';
import { simulationHash } from '../../../../shared/sim/stateHash.ts';
import { clusterSandbox, run, settled, waitUntil } from './helpers.ts';

const REFUSED = [
  'kubectl create deployment web --image=nginx:1.25',
  'kubectl create deployment other',
  'kubectl create deployment Bad --image=nginx:1.25',
  'kubectl create deployment two --image=nginx:1.25 --replicas=-2',
  'kubectl create deployment a b --image=nginx:1.25',
  'kubectl create secret generic db --from-literal=password=x',
  'kubectl create secret generic db2 --from-literal=nokey',
  'kubectl create secret generic db3 --from-literal=a=1 --from-literal=a=2',
  'kubectl create secret tls cert',
  'kubectl scale deployment/web',
  'kubectl scale deployment/web --replicas=-1',
  'kubectl scale deployment/nope --replicas=2',
  'kubectl scale service/web --replicas=2',
  'kubectl scale deployment/web --replicas=5 --current-replicas=7',
  'kubectl set image deployment/web nope=nginx:1.26',
  'kubectl set image deployment/nope nginx=nginx:1.26',
  'kubectl set resources deployment/web',
  'kubectl rollout undo deployment/web --to-revision=9',
  'kubectl rollout undo deployment/web',
  'kubectl rollout pause deployment/web',
  'kubectl rollout status deployment/nope',
  'kubectl rollout history service/web',
  'kubectl expose deployment web --port 80',
  'kubectl expose deployment web --port 0 --name web2',
  'kubectl expose deployment web --port 80 --type NodePort --name web3',
  'kubectl autoscale deployment web --max 3',
  'kubectl autoscale deployment web --min 4 --max 3 --name h2',
  'kubectl delete deployment nope',
  'kubectl delete deployment web nope',
  'kubectl delete secret nope',
  'kubectl delete hpa nope',
  'kubectl apply -f missing.yaml',
  'kubectl apply -f "kind: Pod\\napiVersion: v1\\nmetadata:\\n  name: p"',
  'kubectl apply -f "apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: c"',
  'kubectl get deployment nope',
];

describe('refused kubectl commands change nothing', () => {
  it.each(REFUSED)('%s', (line) => {
    const { world, sh } = clusterSandbox();
    run(sh, 'kubectl create deployment web --image=nginx:1.25 --replicas=2 --port=80');
    run(sh, 'kubectl create secret generic db --from-literal=password=x');
    run(sh, 'kubectl expose deployment web --port 80');
    run(sh, 'kubectl autoscale deployment web --min 2 --max 3 --cpu-percent 50');
    waitUntil(sh, settled(world, 'web', 2));
    const before = simulationHash(world);
    const r = sh.exec(line);
    expect(r.ok, r.output).toBe(false);
    expect(r.error).not.toBe('');
    expect(simulationHash(world)).toBe(before);
  });
});
