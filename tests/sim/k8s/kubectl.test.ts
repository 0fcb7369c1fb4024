// kubectl's output shapes (the real columns and wording) and its refusals: each refused
// command answers as kubectl does and changes nothing in the world.
import { describe, expect, it } from 'vitest';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandboxWith } from '../../helpers/sim.ts';
import { barePod, clusterSandbox, ownedPods, spec, waitUntil } from './cluster.ts';

describe('kubectl get', () => {
  it('prints pods with the real columns, -o wide and -o name', () => {
    const { world, sh } = clusterSandbox();
    expect(sh.exec('kubectl get pods').output).toBe('No resources found in default namespace.');
    ownedPods(world, 'web-7d9c5b8f6d', 2);
    waitUntil(sh, () => [...world.k8s.pods.values()].every((p) => p.ready));
    const lines = sh.exec('kubectl get pods').output.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(lines[1]).toMatch(/^web-7d9c5b8f6d-0\s+1\/1\s+Running\s+0\s+\d+s$/);
    const wide = sh.exec('kubectl get po -o wide').output.split('\n');
    expect(wide[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    expect(wide[1]).toMatch(/^web-7d9c5b8f6d-0\s+1\/1\s+Running\s+0\s+\d+s\s+10\.244\.\d+\.\d+\s+host-[12]\s+<none>\s+<none>$/);
    expect(sh.exec('kubectl get pods -o name').output).toBe('pod/web-7d9c5b8f6d-0\npod/web-7d9c5b8f6d-1');
    expect(sh.exec('kubectl get pod/web-7d9c5b8f6d-1').output.split('\n')).toHaveLength(2);
    expect(sh.exec('kubectl get pods -n kube-system').output).toBe('No resources found in kube-system namespace.');
    expect(sh.exec('kubectl get pods -A').output.split('\n')[1]).toMatch(/^default\s+web-7d9c5b8f6d-0\s+1\/1\s+Running/);
  });

  it('prints nodes and events', () => {
    const { world, sh } = clusterSandbox();
    sh.wait(125);
    expect(sh.exec('kubectl get nodes').output).toBe([
      'NAME     STATUS   ROLES    AGE    VERSION',
      'host-1   Ready    <none>   2m5s   v1.29.2',
      'host-2   Ready    <none>   2m5s   v1.29.2',
    ].join('\n'));
    expect(sh.exec('kubectl get nodes -o wide').output.split('\n')[1]).toMatch(/^host-1\s+Ready\s+<none>\s+2m5s\s+v1\.29\.2\s+10\.0\.0\.\d+\s+<none>\s+Debian GNU\/Linux 12 \(bookworm\)\s+6\.1\.0-18-amd64\s+docker:\/\/24\.0\.7$/);
    barePod(world, 'web');
    sh.wait(2);
    const ev = sh.exec('kubectl get events').output.split('\n');
    expect(ev[0]).toMatch(/^LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE$/);
    expect(ev).toContainEqual(expect.stringMatching(/^2s\s+Normal\s+Scheduled\s+pod\/web\s+Successfully assigned default\/web to host-1$/));
    expect(ev).toContainEqual(expect.stringMatching(/^\d+s\s+Normal\s+Pulling\s+pod\/web\s+Pulling image "nginx:1\.25"$/));
  });

  it('shows a repeated event once with its count, as "(xN over …)"', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1'] });
    barePod(world, 'big', spec({ name: 'big', cpuRequestMillis: 64_000 }));
    sh.wait(31);
    expect(sh.exec('kubectl get events').output).toMatch(/^\d+s \(x\d+ over 3\ds\)\s+Warning\s+FailedScheduling\s+pod\/big\s+0\/1 nodes are available: 1 Insufficient cpu\./m);
  });
});

describe('kubectl refusals', () => {
  const cases: [string, RegExp][] = [
    ['kubectl get podz', /^error: the server doesn't have a resource type "podz"$/],
    ['kubectl get pods nope', /^Error from server \(NotFound\): pods "nope" not found$/],
    ['kubectl describe pod nope', /^Error from server \(NotFound\): pods "nope" not found$/],
    ['kubectl describe node host-9', /^Error from server \(NotFound\): nodes "host-9" not found$/],
    ['kubectl delete pod nope', /^Error from server \(NotFound\): pods "nope" not found$/],
    ['kubectl delete pod', /^error: resource\(s\) were provided, but no name was specified$/],
    ['kubectl logs nope', /^Error from server \(NotFound\): pods "nope" not found$/],
    ['kubectl logs', /^error: expected 'logs \[-f\] \[-p\] \(POD \| TYPE\/NAME\) \[-c CONTAINER\]'\./],
    ['kubectl cordon host-9', /^Error from server \(NotFound\): nodes "host-9" not found$/],
    ['kubectl cordon', /^error: USAGE: cordon NODE \[flags\]/],
    ['kubectl drain host-9', /^Error from server \(NotFound\): nodes "host-9" not found$/],
    ['kubectl get pods --bogus', /^error: unknown flag: --bogus\nSee 'kubectl get --help' for usage\.$/],
    ['kubectl get', /^You must specify the type of resource to get\./],
    ['kubectl frobnicate', /^error: unknown command "frobnicate" for "kubectl"/],
    ['kubectl get pods -o yaml', /^error: unable to match a printer suitable for the output format "yaml"/],
    ['kubectl delete pod x y --grace-period=soon', /^error: invalid argument "soon" for "--grace-period" flag/],
    ['kubectl logs web --previous', /^Error from server \(BadRequest\): previous terminated container "web" in pod "web" not found$/],
    ['kubectl drain host-1', /^error: unable to drain node "host-1" due to error: cannot delete cannot delete Pods that declare no controller/],
  ];
  it.each(cases)('%s is refused in kubectl\'s words and changes nothing', (line, error) => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1', 'host-2'] });
    barePod(world, 'web');
    sh.wait(3);
    const before = simulationHash(world);
    const r = sh.exec(line);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(error);
    expect(simulationHash(world)).toBe(before);
  });

  it('cannot reach a server in a scenario without a cluster', () => {
    const { world, sh } = sandboxWith((j) => {
      delete j.cluster;
    });
    const before = simulationHash(world);
    const r = sh.exec('kubectl get pods');
    expect(r.error.split('\n')[0]).toBe('The connection to the server localhost:8080 was refused - did you specify the right host or port?');
    expect(simulationHash(world)).toBe(before);
  });
});

describe('kubectl delete pod', () => {
  it('deletes gracefully (Terminating, then gone) or at once with --grace-period=0 --force', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1'] });
    barePod(world, 'a');
    barePod(world, 'b');
    waitUntil(sh, () => [...world.k8s.pods.values()].every((p) => p.ready));
    expect(sh.exec('kubectl delete pod a').output).toBe('pod "a" deleted');
    sh.wait(1);
    expect(sh.exec('kubectl get pods').output).toMatch(/^a\s+0\/1\s+Terminating\s/m);
    expect(sh.exec('kubectl describe pod a').output).toMatch(/Normal\s+Killing\s+.*kubelet\s+Stopping container a/);
    sh.wait(3);
    expect(world.k8s.pods.has('a')).toBe(false);
    const r = sh.exec('kubectl delete pod b --grace-period=0 --force');
    expect(r.output).toBe('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "b" force deleted');
    expect(world.k8s.pods.size).toBe(0);
    expect(sh.exec('docker -H host-1 ps -a').output.split('\n')).toHaveLength(1);
    expect(world.k8s.nodes.get('host-1')?.requested).toEqual({ cpuMillis: 0, memoryMiB: 0, pods: 0, nonZeroCpuMillis: 0, nonZeroMemoryMiB: 0 });
  });
});
