// `docker rmi`: untag, delete, and free the layers nothing else uses.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker rmi', () => {
  it('deletes an image and frees only the layers no other image uses', () => {
    const { world, sh } = sandbox();
    sh.exec('docker pull shop/web:1.0');
    sh.exec('docker pull shop/web:1.1');
    const store = world.hosts.get('host-1')!.store;
    const before = store.layersMiB;
    const r = sh.exec('docker rmi shop/web:1.1');
    expect(r.ok).toBe(true);
    const lines = r.output.split('\n');
    expect(lines[0]).toBe('Untagged: shop/web:1.1');
    expect(lines[1]).toMatch(/^Untagged: shop\/web@sha256:[0-9a-f]{64}$/);
    expect(lines[2]).toMatch(/^Deleted: sha256:[0-9a-f]{64}$/);
    // Only 1.1's app layer (3 MiB) goes; the rest is shared with 1.0.
    expect(before - store.layersMiB).toBe(3);
    expect(store.tags['shop/web:1.1']).toBeUndefined();
  });

  it('only untags when another tag still names the image', () => {
    const { sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    sh.exec('docker tag nginx:1.25 web:1');
    expect(sh.exec('docker rmi web:1').output).toBe('Untagged: web:1');
  });

  it('refuses to remove the image of a container, even a stopped one, unless forced', () => {
    const { world, sh } = sandbox();
    sh.exec('docker run -d --name web nginx:1.25');
    sh.exec('docker stop web');
    const c = [...world.containers.values()].find((x) => x.name === 'web')!;
    const id = world.hosts.get('host-1')!.store.tags['nginx:1.25']!;
    const r = refused(sh, 'docker rmi nginx:1.25', `Error response from daemon: conflict: unable to remove repository reference "nginx:1.25" (must force) - container ${c.id.slice(0, 12)} is using its referenced image ${id.slice(7, 19)}`);
    expect(r.error).toContain('docker rm web');
    const forced = sh.exec('docker rmi -f nginx:1.25');
    expect(forced.output).not.toContain('Deleted');
    // The container still has its layers.
    expect(world.hosts.get('host-1')!.store.layersMiB).toBeGreaterThan(0);
  });

  it('refuses unknown images and missing arguments; a refused list changes nothing', () => {
    const { sh } = sandbox();
    refused(sh, 'docker rmi nosuch', 'Error response from daemon: No such image: nosuch:latest');
    refused(sh, 'docker rmi', '"docker rmi" requires at least 1 argument.');
    refused(sh, 'docker rmi --all x', 'unknown flag: --all');
    sh.exec('docker pull nginx:1.25');
    refused(sh, 'docker rmi nginx:1.25 nosuch', 'Error response from daemon: No such image: nosuch:latest');
    expect(sh.exec('docker images nginx').output.split('\n')).toHaveLength(2);
  });
});
