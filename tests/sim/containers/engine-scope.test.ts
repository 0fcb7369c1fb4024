// A container, a local volume and a network belong to one docker engine: names are
// unique per engine, a lookup never sees another machine's containers, and a local
// volume's data stays on the disk of the machine it was made on. A replicated volume is
// reachable from every engine and costs its copies in raw capacity.
import { describe, expect, it } from 'vitest';
import { volumeRawMiB } from '../../../shared/sim/containers.ts';
import { REPLICATED_VOLUME_COPIES } from '../../../shared/sim/realism.ts';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok } from './docker.ts';

describe('one engine per machine', () => {
  it('the same name can be used on two engines, and each engine sees only its own', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker -H host-1 run -d --name web nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    expect(named(world, 'web', 'host-1').id).not.toBe(named(world, 'web', 'host-2').id);
    ok(sh, 'docker -H host-2 rm -f web');
    const r = sh.exec('docker -H host-2 logs web');
    expect(r.error).toBe('Error: No such container: web');
    expect(named(world, 'web', 'host-1').state).toBe('running');
  });

  it('a local volume of one engine is a different, empty volume on another', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker -H host-1 run -d --name db -v pgdata:/var/lib/postgresql/data postgres:16');
    sh.wait(10);
    ok(sh, 'docker -H host-2 run -d --name db -v pgdata:/var/lib/postgresql/data postgres:16');
    expect(world.volumes.get('host-1/pgdata')?.usedMiB ?? 0).toBeGreaterThan(world.volumes.get('host-2/pgdata')?.usedMiB ?? 0);
    expect(world.volumes.get('host-1/pgdata')?.hostId).toBe('host-1');
    expect(ok(sh, 'docker -H host-2 volume ls')).toBe('DRIVER    VOLUME NAME\nlocal     pgdata');
  });

  it('a replicated volume is seen by every engine and costs three times its data', () => {
    const { world, sh } = sandbox(1);
    expect(ok(sh, 'docker volume create --driver replicated shared')).toBe('shared');
    expect(ok(sh, 'docker -H host-2 volume ls')).toContain('replicated   shared');
    ok(sh, 'docker -H host-2 run -d --name db -v shared:/var/lib/postgresql/data postgres:16');
    sh.wait(10);
    const v = world.volumes.get('shared');
    expect(v?.replicas).toBe(REPLICATED_VOLUME_COPIES);
    expect(v && volumeRawMiB(v)).toBe((v?.usedMiB ?? 0) * 3);
    expect(v?.usedMiB ?? 0).toBeGreaterThan(0);
  });
});
