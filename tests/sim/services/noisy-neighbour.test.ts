// Concept (noisy neighbour): an unlimited CPU hog on the same host makes the kernel's run
// queue long; the service's requests wait behind the hog's threads and its latency rises
// even though it still gets its fair share. A --cpus limit on the hog restores it.
import { describe, expect, it } from 'vitest';
import { runBackend, shop, shopWorld } from './world.ts';

describe('noisy neighbour and a service', () => {
  it('an unlimited cpuhog degrades latency; limiting the hog restores it', () => {
    const { world, sh } = shopWorld({ rps: 40 });
    runBackend(sh, 'web-1');
    sh.wait(5);
    const calm = shop(world).metrics.latencyMsP95;

    expect(sh.exec('docker run -d --name hog cpuhog:1.0').ok).toBe(true);
    sh.wait(3);
    const noisy = shop(world).metrics.latencyMsP95;
    expect(noisy).toBeGreaterThan(1.6 * calm);
    const inspect = sh.exec('service inspect shop').output;
    expect(inspect).toMatch(/kernel of host-1 is asked for more CPU than it has/);

    expect(sh.exec('docker rm -f hog').ok).toBe(true);
    expect(sh.exec('docker run -d --name hog --cpus 2 cpuhog:1.0').ok).toBe(true);
    sh.wait(3);
    expect(shop(world).metrics.latencyMsP95).toBe(calm);
    expect(shop(world).metrics.errorRps).toBe(0);
  });

  it('a hog on another host does not touch the service', () => {
    const { world, sh } = shopWorld({ rps: 40 });
    runBackend(sh, 'web-1');
    sh.wait(5);
    const calm = shop(world).metrics.latencyMsP95;
    expect(sh.exec('docker -H host-2 run -d --name hog cpuhog:1.0').ok).toBe(true);
    sh.wait(3);
    expect(shop(world).metrics.latencyMsP95).toBe(calm);
  });
});
