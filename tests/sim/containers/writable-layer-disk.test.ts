// Concept (writable layer): a container writes into its own thin copy-on-write layer on
// the machine's disk. A log-spamming container fills the disk; then every write fails
// with ENOSPC ("no space left on device"). `docker rm` deletes the layer and frees it.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { named, ok, waitUntil } from './docker.ts';

/** The sandbox with a 12 GiB disk on host-2 (8 GiB of it taken by the OS). */
function smallDisk() {
  return sandboxWith((json) => {
    const types = json.hostTypes as Record<string, { disk: string }>;
    (types['cs-8'] as { disk: string }).disk = '12g';
  });
}

describe('writable layer filling a disk', () => {
  it('logspam fills the disk, the next write fails, docker rm frees the space', () => {
    const { world, sh } = smallDisk();
    const host = world.hosts.get('host-2');
    ok(sh, 'docker -H host-2 pull nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name spam logspam:1.0');
    const spam = named(world, 'spam', 'host-2');
    const ticks = waitUntil(sh, () => spam.state === 'exited', 60);
    // 512 MiB a second into a 4 GiB gap: full within seconds.
    expect(ticks).toBeLessThanOrEqual(10);
    expect(spam.exitCode).toBe(1);
    expect(ok(sh, 'docker -H host-2 logs --tail 1 spam')).toMatch(/no space left on device$/);
    expect(spam.metrics.writableMiB).toBeGreaterThan(3000);
    sh.wait(1);
    const full = host?.metrics.diskUsedMiB ?? 0;
    expect(full).toBeGreaterThan((host?.diskMiB ?? 0) - 600);

    // The next container that writes anything fails on its first write.
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    sh.wait(2);
    const web = named(world, 'web', 'host-2');
    expect(web.state).toBe('exited');
    expect(ok(sh, 'docker -H host-2 logs web')).toContain('no space left on device');

    // Removing the spammer deletes its writable layer: the space comes back.
    ok(sh, 'docker -H host-2 rm spam');
    sh.wait(1);
    expect(host?.metrics.diskUsedMiB ?? 0).toBeLessThan(full - 3000);
    ok(sh, 'docker -H host-2 start web');
    sh.wait(3);
    expect(web.state).toBe('running');
  });

  it('data on a volume outlives the container; data in its writable layer does not', () => {
    const { world, sh } = smallDisk();
    ok(sh, 'docker run -d --name db -v pgdata:/var/lib/postgresql/data postgres:16');
    sh.wait(10);
    const db = named(world, 'db');
    const vol = world.volumes.get('host-1/pgdata');
    expect(vol?.usedMiB ?? 0).toBeGreaterThan(0);
    // postgres writes its data under PGDATA: into the volume, not its own layer.
    expect(db.metrics.writableMiB).toBe(0);
    const kept = vol?.usedMiB ?? 0;
    ok(sh, 'docker rm -f db');
    expect(world.volumes.get('host-1/pgdata')?.usedMiB).toBe(kept);
    expect(ok(sh, 'docker volume ls')).toMatch(/local +pgdata/);
  });
});
