// A pod over its memory limit is OOM-killed by the kernel (exit 137): kubectl shows
// OOMKilled right after, the kubelet restarts it, `describe` keeps OOMKilled as the last
// state, and the log simply stops — SIGKILL gives the process no chance to write.
import { describe, expect, it } from 'vitest';
import { barePod, clusterSandbox, spec, waitUntil } from './cluster.ts';

describe('OOMKilled', () => {
  it('reports OOMKilled with exit 137 and restarts the container', () => {
    const { world, sh } = clusterSandbox();
    const pod = barePod(world, 'hog', spec({ name: 'hog', image: 'memhog:1.0', memoryRequestMiB: 0, memoryLimitMiB: 256, containerPort: 0 }));
    waitUntil(sh, () => pod.status === 'OOMKilled');
    expect(sh.exec('kubectl get pods').output).toMatch(/^hog\s+0\/1\s+OOMKilled\s+0\s+\S+$/m);
    expect(pod.lastTermination).toMatchObject({ reason: 'OOMKilled', exitCode: 137 });
    waitUntil(sh, () => pod.restartCount === 1);
    const d = sh.exec('kubectl describe pod hog').output;
    expect(d).toMatch(/Last State:\s+Terminated\n\s+Reason:\s+OOMKilled\n\s+Exit Code:\s+137\n/);
    expect(d).toMatch(/Limits:\n\s+memory:\s+256Mi\n\s+Requests:\n\s+cpu:\s+100m\n\s+memory:\s+256Mi/);
    const previous = sh.exec('kubectl logs hog --previous').output.split('\n');
    expect(previous[previous.length - 1]).toBe('memhog: starting (pid 1)');
    // The kernel, not the app, tells what happened.
    expect(sh.exec('host dmesg host-1').output).toMatch(/Memory cgroup out of memory: Killed process \d+ \(memhog\)/);
  });
});
