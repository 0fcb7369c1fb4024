// `docker commit`: the writable layer becomes the top layer of a new image.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker commit', () => {
  it('turns what a container wrote into a new top layer on its image', () => {
    const { world, sh } = sandbox();
    expect(sh.exec('docker run -d --name web nginx:1.25').ok).toBe(true);
    sh.wait(600);
    const c = [...world.containers.values()].find((x) => x.name === 'web')!;
    expect(c.metrics.writableMiB).toBeGreaterThan(0);
    const r = sh.exec('docker commit -m "with logs" web web/snap:1');
    expect(r.ok).toBe(true);
    expect(r.output).toMatch(/^sha256:[0-9a-f]{64}$/);
    const store = world.hosts.get('host-1')!.store;
    const snap = world.images.get(store.tags['web/snap:1']!)!;
    const base = world.images.get(store.tags['nginx:1.25']!)!;
    expect(snap.layers.slice(0, -1)).toEqual(base.layers);
    const top = world.layers.get(snap.layers.at(-1)!)!;
    expect(top.sizeMiB).toBe(Math.max(1, Math.ceil(c.metrics.writableMiB)));
    expect(top.comment).toBe('with logs');
    expect(sh.exec('docker history web/snap:1').output.split('\n')[1]).toMatch(/with logs$/);
  });

  it('bakes the container environment, secrets included, into the image', () => {
    const { world, sh } = sandbox();
    sh.exec('docker run -d --name db -e POSTGRES_PASSWORD=pw1 postgres:16');
    sh.exec('docker commit db db/snap:1');
    const snap = world.images.get(world.hosts.get('host-1')!.store.tags['db/snap:1']!)!;
    expect(snap.env.POSTGRES_PASSWORD).toBe('pw1');
    expect(world.layers.get(snap.layers.at(-1)!)?.secret).toBe('POSTGRES_PASSWORD=pw1');
  });

  it('refuses unknown containers, bad names and wrong argument counts', () => {
    const { sh } = sandbox();
    refused(sh, 'docker commit nosuch x:1', 'Error response from daemon: No such container: nosuch');
    sh.exec('docker run -d --name web nginx:1.25');
    refused(sh, 'docker commit web Bad:1', 'Error response from daemon: invalid reference format');
    refused(sh, 'docker commit', '"docker commit" requires at least 1 and at most 2 arguments.');
    refused(sh, 'docker commit web a:1 b:2', '"docker commit" requires at least 1 and at most 2 arguments.');
    refused(sh, 'docker commit --squash web', 'unknown flag: --squash');
    refused(sh, 'docker -H host-2 commit web x:1', 'Error response from daemon: No such container: web');
  });
});
