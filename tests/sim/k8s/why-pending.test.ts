// "Why Pending": a pod no node can take stays Pending, and `kubectl describe pod` says
// why in kube-scheduler's words, counting the nodes per reason; it is placed as soon as
// something changes that makes room (here: a node uncordoned).
import { describe, expect, it } from 'vitest';
import { clusterSandbox, spec, barePod, withVms } from './cluster.ts';

describe('why Pending', () => {
  it('explains per node why none fits, then schedules when a node becomes schedulable again', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1', 'host-2', '*vms'] }, withVms);
    expect(sh.exec('kubectl cordon host-1 host-2').output).toBe('node/host-1 cordoned\nnode/host-2 cordoned');
    // 12 GiB: more than a VM's 8 GiB has allocatable, less than host-1's.
    barePod(world, 'big', spec({ name: 'big', memoryRequestMiB: 12 * 1024 }));
    sh.wait(3);
    const pods = sh.exec('kubectl get pods');
    expect(pods.output).toMatch(/^big\s+0\/1\s+Pending\s+0\s+3s$/m);
    const d = sh.exec('kubectl describe pod big').output;
    expect(d).toMatch(/^Node:\s+<none>$/m);
    expect(d).toMatch(/^Status:\s+Pending$/m);
    expect(d).toMatch(/^ {2}PodScheduled\s+False$/m);
    expect(d).toMatch(/^ {2}Warning {2}FailedScheduling {2}.* {2}default-scheduler {2}0\/4 nodes are available: 2 Insufficient memory, 2 node\(s\) were unschedulable\. preemption: 0\/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling\.$/m);
    // Retried every 10 s: the same event is counted, not repeated.
    const count = () => world.k8s.events.find((e) => e.object === 'pod/big' && e.reason === 'FailedScheduling')?.count ?? 0;
    const before = count();
    sh.wait(30);
    expect(count()).toBe(before + 3);
    expect(sh.exec('kubectl describe pod big').output).toMatch(new RegExp(`FailedScheduling\\s+\\d+s \\(x${before + 3} over 33s\\)`));
    sh.exec('kubectl uncordon host-1');
    sh.wait(1);
    const pod = world.k8s.pods.get('big');
    expect(pod?.nodeName).toBe('host-1');
    expect(sh.exec('kubectl describe pod big').output).toContain('Successfully assigned default/big to host-1');
  });

  it('names the untolerated taint of a NotReady node', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-2'] });
    const node = world.k8s.nodes.get('host-2');
    if (!node) throw new Error('host-2');
    node.taints.push({ key: 'node.kubernetes.io/unreachable', value: '', effect: 'NoSchedule', sinceTick: 0 });
    barePod(world, 'a');
    sh.wait(1);
    expect(world.k8s.pods.get('a')?.unschedulableReason).toBe(
      '0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
    );
  });
});
