// Self-healing at the pod level: the kubelet restarts a crashed container (restartPolicy
// Always) at once the first time, then after 10 s, 20 s, 40 s … capped at 300 s, showing
// CrashLoopBackOff while it waits; the back-off is forgotten after 10 minutes of running.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../shared/sim/k8s/model.ts';
import { barePod, clusterSandbox, containerOf, crash, spec, waitUntil } from './cluster.ts';

function running(pod: Pod): () => boolean {
  return () => pod.status === 'Running';
}

describe('crash-loop back-off', () => {
  it('restarts at once, then after 10, 20, 40, 80, 160, 300, 300 s', () => {
    const { world, sh } = clusterSandbox();
    const pod = barePod(world, 'web', spec({ image: 'nginx:1.25' }));
    waitUntil(sh, running(pod));
    const delays: number[] = [];
    for (let k = 0; k < 8; k++) {
      const before = containerOf(world, pod);
      crash(world, pod);
      const crashedAt = world.tick;
      sh.wait(1);
      waitUntil(sh, () => pod.containerId !== before.id);
      delays.push(containerOf(world, pod).startedTick - crashedAt);
      if (k >= 1) expect(world.k8s.pods.get('web')?.restartCount).toBe(k + 1);
    }
    // The kubelet notices a crash on its next sync (the tick after) and starts the new run a tick later.
    expect(delays).toEqual([1, 10, 20, 40, 80, 160, 300, 300]);
  });

  it('shows Error right after the crash, then CrashLoopBackOff with the restart count and the stack trace in the logs', () => {
    const { world, sh } = clusterSandbox();
    const pod = barePod(world, 'web');
    waitUntil(sh, running(pod));
    crash(world, pod);
    sh.wait(1);
    waitUntil(sh, running(pod));
    sh.wait(5);
    crash(world, pod);
    sh.wait(1);
    expect(sh.exec('kubectl get pods').output).toMatch(/^web\s+0\/1\s+Error\s+1 \(1s ago\)\s+\S+$/m);
    sh.wait(1);
    expect(sh.exec('kubectl get pods').output).toMatch(/^web\s+0\/1\s+CrashLoopBackOff\s+1 \(2s ago\)\s+\S+$/m);
    const d = sh.exec('kubectl describe pod web').output;
    expect(d).toMatch(/State:\s+Waiting\n\s+Reason:\s+CrashLoopBackOff\n\s+Message:\s+back-off 10s restarting failed container=web pod=web_default\(/);
    expect(d).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+Error\n\s+Exit Code:\s+1\n/);
    expect(d).toMatch(/Warning\s+BackOff\s+.*kubelet\s+Back-off restarting failed container web in pod web_default\(/);
    expect(sh.exec('kubectl logs web').output).toContain("AttributeError: 'NoneType' object has no attribute 'lines'");
    expect(sh.exec('kubectl logs web --previous').output).toContain('Traceback (most recent call last):');
    // The kubelet's containers are real ones: the crashed run is still there, exited.
    expect(sh.exec('docker -H host-1 ps -a').output).toMatch(/Exited \(1\).*k8s_web_web_default_[0-9a-f-]+_1$/m);
    sh.wait(10);
    expect(pod.status).toBe('Running');
    expect(sh.exec('kubectl get pods').output).toMatch(/^web\s+1\/1\s+Running\s+2 \(\d+s ago\)/m);
  });

  it('forgets the back-off after 10 minutes without a crash', () => {
    const { world, sh } = clusterSandbox();
    const pod = barePod(world, 'web');
    waitUntil(sh, running(pod));
    for (let k = 0; k < 4; k++) {
      crash(world, pod);
      sh.wait(1);
      waitUntil(sh, running(pod));
    }
    // Next back-off after four restarts: 10 → 20 → 40 → 80.
    expect(pod.backoffSeconds).toBe(80);
    sh.wait(601);
    const before = containerOf(world, pod);
    crash(world, pod);
    const at = world.tick;
    sh.wait(1);
    waitUntil(sh, () => pod.containerId !== before.id);
    expect(containerOf(world, pod).startedTick - at).toBe(1);
    expect(pod.backoffSeconds).toBe(10);
  });

  it('a release that crashes on its own loops the same way, its traceback in the previous run\'s log', () => {
    const { world, sh } = clusterSandbox({ nodes: ['host-1'] });
    const id = world.registries.get('docker.io')?.tags['shop/web:1.1'];
    const image = id ? world.images.get(id) : undefined;
    if (!image) throw new Error('shop/web:1.1');
    image.profile = { ...image.profile, crashAfterTicks: 5 };
    const pod = barePod(world, 'web', spec({ image: 'shop/web:1.1', containerPort: 8000 }));
    waitUntil(sh, () => pod.status === 'CrashLoopBackOff', 300);
    expect(pod.restartCount).toBe(1);
    expect(pod.lastTermination).toMatchObject({ reason: 'Error', exitCode: 1 });
    expect(sh.exec('kubectl logs web --previous').output).toMatch(/Traceback \(most recent call last\):[\s\S]*Error/);
    expect(sh.exec('kubectl get pods').output).toMatch(/^web\s+0\/1\s+CrashLoopBackOff\s+1 \(\d+s ago\)/m);
  });
});
