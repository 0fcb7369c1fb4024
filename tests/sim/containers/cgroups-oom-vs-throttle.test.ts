// Concept (cgroups): over its memory limit a container is OOM-killed by the kernel (exit
// 137 = 128 + SIGKILL); over its CPU quota it is only throttled, and keeps running.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok, waitUntil } from './docker.ts';

describe('OOM kill (137) vs CPU throttling', () => {
  it('memhog with -m 256m is OOM-killed: inspect says OOMKilled, exit 137', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name hog -m 256m memhog:1.0');
    const hog = named(world, 'hog');
    const ticks = waitUntil(sh, () => hog.state === 'exited', 60);
    // 16 MiB at start, 64 MiB more each second: past 256 MiB within a few seconds.
    expect(ticks).toBeLessThanOrEqual(6);
    sh.wait(5);
    expect(ok(sh, "docker inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}} {{.State.Status}}' hog")).toBe('true 137 exited');
    const state = JSON.parse(ok(sh, 'docker inspect hog'))[0].State;
    expect(state.OOMKilled).toBe(true);
    expect(state.ExitCode).toBe(137);
    expect(ok(sh, 'docker ps -a')).toMatch(/memhog:1\.0 +"memhog" +\d+ seconds ago +Exited \(137\) \d+ seconds ago +hog/);
    // The kernel reports the kill in its own log, as a memory cgroup OOM.
    expect(world.kernels.get('kernel-host-1')?.log.some((l) => l.startsWith('Memory cgroup out of memory: Killed process') && l.includes('(memhog)'))).toBe(true);
  });

  it('cpuhog with --cpus 1 keeps running, throttled to 1000m', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name burn --cpus 1 cpuhog:1.0');
    sh.wait(60);
    const burn = named(world, 'burn');
    expect(burn.state).toBe('running');
    expect(burn.metrics.cpuUsedMillis).toBe(1000);
    // It wants 32 cores: almost all of that is denied by its own quota, none by the host.
    expect(burn.metrics.cpuDemandMillis).toBe(32000);
    expect(burn.metrics.throttledPermille).toBeGreaterThan(900);
    expect(burn.metrics.starvedPermille).toBe(0);
    expect(ok(sh, 'docker stats --no-stream burn')).toMatch(/burn +100\.00% +24MiB \/ 64GiB/);
    expect(ok(sh, 'docker exec burn cat /sys/fs/cgroup/cpu.max')).toBe('100000 100000');
  });

  it('without a limit the same hog takes what the host has left', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name burn cpuhog:1.0');
    sh.wait(5);
    // host-1 has 16 cores, minus the host OS's own 100m.
    expect(named(world, 'burn').metrics.cpuUsedMillis).toBe(15900);
    expect(ok(sh, 'docker stats --no-stream')).toMatch(/burn +1590\.00%/);
  });
});
