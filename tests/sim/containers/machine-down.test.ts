// Containers die with the machine under them: when a kernel goes down (panic, power
// loss), every process on it dies at once; dockerd brings back the ones whose restart
// policy asks for it when the machine is up again.
import { describe, expect, it } from 'vitest';
import { killContainersOnKernel, removeContainersOnTarget } from '../../../shared/sim/containers.ts';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok } from './docker.ts';

describe('the machine under the containers goes down', () => {
  it('kills every container on that kernel only, and restores the restart-policy ones', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker -H host-2 run -d --name web --restart always nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name db postgres:16');
    ok(sh, 'docker -H host-1 run -d --name other nginx:1.25');
    const kernel = world.kernels.get('kernel-host-2');
    if (!kernel) throw new Error('no kernel');
    expect(killContainersOnKernel(world, kernel.id, 255, 'kernel panic')).toBe(2);
    kernel.state = 'panicked';
    const web = named(world, 'web', 'host-2');
    const db = named(world, 'db', 'host-2');
    expect(db.state).toBe('exited');
    expect(db.exitCode).toBe(255);
    expect(web.state).toBe('restarting');
    expect(named(world, 'other').state).toBe('running');
    // While the kernel is down nothing comes back, and the engine cannot be reached.
    sh.wait(30);
    expect(web.state).toBe('restarting');
    expect(sh.exec('docker -H host-2 ps').ok).toBe(false);
    kernel.state = 'up';
    sh.wait(2);
    expect(web.state).toBe('running');
    expect(db.state).toBe('exited');
    expect(ok(sh, 'docker -H host-2 ps -a')).toMatch(/Exited \(255\) \d+ seconds ago +db/);
  });

  it('a machine whose disk is gone takes its containers, volumes and networks along', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker -H host-2 network create backend');
    ok(sh, 'docker -H host-2 run -d --name db --network backend -v pgdata:/var/lib/postgresql/data postgres:16');
    ok(sh, 'docker -H host-1 run -d --name web nginx:1.25');
    expect(removeContainersOnTarget(world, 'host-2')).toBe(1);
    expect([...world.containers.values()].map((c) => c.name)).toEqual(['web']);
    expect(world.volumes.has('host-2/pgdata')).toBe(false);
    expect(world.networks.has('host-2/backend')).toBe(false);
  });
});
