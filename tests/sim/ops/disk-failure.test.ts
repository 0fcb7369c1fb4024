// Concept (storage virtualisation): a host's data disk dies. A local volume on it loses
// its data; a replicated volume keeps its copies on other disks and only runs degraded
// until the pool re-creates the lost copy. The database on the local volume gets I/O
// errors and exits; restarted, it starts over on an empty disk.
import { describe, expect, it } from 'vitest';
import { REPLICA_RECOVERY_TICKS } from '../../../shared/sim/ops/figures.ts';
import { REPLICATED_VOLUME_COPIES } from '../../../shared/sim/realism.ts';
import { sandbox } from '../../helpers/sim.ts';
import { inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('disk-failure', () => {
  it('loses the local volume but not the replicated one; the workload runs again once restarted', () => {
    const { world, sh } = sandbox(9);
    ok(sh, 'docker -H host-2 volume create pgdata');
    ok(sh, 'docker volume create --driver replicated shared');
    ok(sh, 'docker -H host-2 run -d --name db -v pgdata:/var/lib/postgresql/data postgres:16');
    ok(sh, 'docker -H host-1 run -d --name db2 -v shared:/var/lib/postgresql/data postgres:16');
    sh.wait(60);
    const local = world.volumes.get('host-2/pgdata');
    const replicated = world.volumes.get('shared');
    expect(local?.usedMiB).toBeGreaterThan(10);
    const kept = replicated?.usedMiB ?? 0;
    expect(kept).toBeGreaterThan(10);

    const inc = inject(sh, 'disk-failure host-2');
    expect(local?.usedMiB).toBe(0);
    expect(replicated?.usedMiB).toBe(kept);
    expect(replicated?.replicas).toBe(REPLICATED_VOLUME_COPIES - 1);
    const db = named(world, 'db', 'host-2');
    expect(db.state).toBe('exited');
    expect(db.exitCode).toBe(1);
    expect(db.logs.at(-1)).toBe('PANIC:  could not fsync file "/var/lib/postgresql/data/base/16384/2619": Input/output error');
    expect(named(world, 'db2', 'host-1').state).toBe('running');
    expect(ok(sh, 'host dmesg host-2')).toContain('blk_update_request: I/O error, dev sdb');

    ok(sh, 'docker -H host-2 start db');
    sh.wait(1);
    // Running again, but degraded storage counts until the pool has its copies back.
    expect(inc.state).toBe('open');
    waitUntil(sh, () => inc.state === 'resolved', REPLICA_RECOVERY_TICKS);
    expect(replicated?.replicas).toBe(REPLICATED_VOLUME_COPIES);
    expect(timings(inc).ttd).toBe(0);
  });
});
