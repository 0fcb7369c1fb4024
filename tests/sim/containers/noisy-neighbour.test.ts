// Concept (noisy neighbour): containers without a CPU limit compete on the shared kernel
// with equal weights; an unlimited hog takes all it can and its neighbour gets less than
// it needs. A CPU quota on the hog gives the neighbour its share back.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { named, ok } from './docker.ts';

/** The sandbox with a 4-core host-1 and a web image that wants 3 cores. */
function smallHost() {
  return sandboxWith((json) => {
    const types = json.hostTypes as Record<string, { cores: number }>;
    (types['cs-16'] as { cores: number }).cores = 4;
    const images = json.images as { ref: string; profile?: { cpuMillis: number } }[];
    const web = images.find((i) => i.ref === 'shop/web:1.0');
    if (web?.profile) web.profile.cpuMillis = 3000;
  });
}

describe('noisy neighbour', () => {
  it('alone, the web container gets the 3 cores it wants', () => {
    const { world, sh } = smallHost();
    ok(sh, 'docker run -d --name web shop/web:1.0');
    sh.wait(3);
    expect(named(world, 'web').metrics.cpuUsedMillis).toBe(3000);
  });

  it('next to an unlimited cpuhog it is starved; limiting the hog restores it', () => {
    const { world, sh } = smallHost();
    ok(sh, 'docker run -d --name web shop/web:1.0');
    ok(sh, 'docker run -d --name hog cpuhog:1.0');
    sh.wait(3);
    const web = named(world, 'web');
    // 3.9 cores left by the host OS, shared fairly: about 1.95 each.
    expect(web.metrics.cpuUsedMillis).toBeLessThan(2100);
    expect(web.metrics.cpuUsedMillis).toBeGreaterThan(1800);
    expect(web.metrics.starvedPermille).toBeGreaterThan(300);
    expect(web.metrics.throttledPermille).toBe(0);

    // A running container's limit cannot be changed here: recreate the hog with a quota.
    ok(sh, 'docker rm -f hog');
    ok(sh, 'docker run -d --name hog --cpus 0.5 cpuhog:1.0');
    sh.wait(3);
    expect(web.metrics.cpuUsedMillis).toBe(3000);
    expect(web.metrics.starvedPermille).toBe(0);
    expect(named(world, 'hog').metrics.cpuUsedMillis).toBe(500);
  });
});
