// Concept: a container is a process on a kernel that is already up, so it starts within
// a second once its image is present; a VM must boot firmware, kernel and init first.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok, waitUntil } from './docker.ts';

describe('container start vs VM boot', () => {
  it('a container of a present image runs within one tick; a VM needs 25 ticks or more', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker pull nginx:1.25');
    const r = sh.exec('docker run -d --name web nginx:1.25');
    expect(r.ok).toBe(true);
    // The answer needs no waiting at all: no pull, no boot.
    expect(r.waitedTicks).toBe(0);
    expect(r.output).toMatch(/^[0-9a-f]{64}$/);
    const web = named(world, 'web');
    expect(web.state).toBe('running');
    sh.wait(1);
    expect(web.metrics.uptimeTicks).toBe(1);

    ok(sh, 'vm create vm1 --host host-3 --vcpus 2 --memory 4g');
    const boot = waitUntil(sh, () => world.vms.get('vm1')?.state === 'running');
    // Tens of times slower than the container's start (which took no tick at all).
    expect(boot).toBeGreaterThanOrEqual(25);
    expect(boot).toBeLessThanOrEqual(60);
  });

  it('the first run of a missing image waits for the pull, then starts at once', () => {
    const { world, sh } = sandbox(1);
    const r = sh.exec('docker run -d --name web nginx:1.25');
    expect(r.ok).toBe(true);
    expect(r.output.split('\n')[0]).toBe("Unable to find image 'nginx:1.25' locally");
    expect(r.output).toMatch(/Status: Downloaded newer image for nginx:1.25\n[0-9a-f]{64}$/);
    expect(r.waitedTicks).toBeGreaterThan(0);
    expect(named(world, 'web').state).toBe('running');
  });
});
