// `docker network create|ls|rm` and `docker volume create|ls|rm|inspect`: per-engine
// objects, docker's tables, ids and refusals.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { ok, refused } from '../../containers/docker.ts';

describe('docker network', () => {
  it('creates bridge networks on the next free /16 and lists them by name', () => {
    const { world, sh } = sandbox(1);
    const id = ok(sh, 'docker network create --driver bridge backend');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(world.networks.get('host-1/backend')?.subnet).toBe('172.18.0.0/16');
    ok(sh, 'docker network create frontend');
    expect(world.networks.get('host-1/frontend')?.subnet).toBe('172.19.0.0/16');
    const ls = ok(sh, 'docker network ls').split('\n');
    expect(ls[0]).toBe('NETWORK ID     NAME       DRIVER    SCOPE');
    expect(ls.slice(1).map((l) => l.split(/ +/)[1])).toEqual(['backend', 'bridge', 'frontend', 'host', 'none']);
    expect(ls[1]).toBe(`${id.slice(0, 12)}   backend    bridge    local`);
    // Another engine has only the built-in ones.
    expect(ok(sh, 'docker -H host-2 network ls').split('\n')).toHaveLength(4);
    expect(ok(sh, 'docker network rm frontend')).toBe('frontend');
  });

  it('refuses duplicates, unknown drivers, built-ins and networks in use', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker network create backend');
    expect(refused(sh, 'docker network create backend')).toBe('Error response from daemon: network with name backend already exists');
    expect(refused(sh, 'docker network create bridge')).toBe('Error response from daemon: network with name bridge already exists');
    expect(refused(sh, 'docker network create -d weave x1')).toBe('Error response from daemon: plugin "weave" not found');
    expect(refused(sh, 'docker network create').split('\n')[0]).toBe('"docker network create" requires exactly 1 argument.');
    expect(refused(sh, 'docker network rm host')).toBe('Error response from daemon: host is a pre-defined network and cannot be removed');
    ok(sh, 'docker run -d --name db --network backend postgres:16');
    expect(refused(sh, 'docker network rm backend')).toMatch(/^Error response from daemon: error while removing network: network backend id [0-9a-f]{64} has active endpoints$/);
    expect(refused(sh, 'docker network frob')).toContain("'frob' is not a docker network command");
  });
});

describe('docker volume', () => {
  it('creates, lists, inspects and removes volumes', () => {
    const { world, sh } = sandbox(1);
    expect(ok(sh, 'docker volume create data')).toBe('data');
    // Creating it again is a no-op, as with docker.
    expect(ok(sh, 'docker volume create data')).toBe('data');
    expect(ok(sh, 'docker volume create -d replicated shared')).toBe('shared');
    const anon = ok(sh, 'docker volume create');
    expect(anon).toMatch(/^[0-9a-f]{64}$/);
    const ls = ok(sh, 'docker volume ls').split('\n');
    expect(ls[0]).toBe('DRIVER       VOLUME NAME');
    expect(ls.slice(1).sort()).toEqual([`local        ${anon}`, 'local        data', 'replicated   shared'].sort());
    const info = JSON.parse(ok(sh, 'docker volume inspect data'))[0];
    expect(info).toMatchObject({ Driver: 'local', Name: 'data', Mountpoint: '/var/lib/docker/volumes/data/_data', Scope: 'local' });
    expect(world.volumes.get('shared')?.replicas).toBe(3);
    expect(ok(sh, 'docker volume rm data')).toBe('data');
  });

  it('refuses bad names, unknown drivers, volumes in use and unknown ones', () => {
    const { world, sh } = sandbox(1);
    expect(refused(sh, 'docker volume create bad!')).toContain('"bad!" includes invalid characters for a local volume name');
    expect(refused(sh, 'docker volume create -d nfs x1')).toBe('Error response from daemon: create x1: error looking up volume plugin nfs: plugin "nfs" not found');
    ok(sh, 'docker run -d --name db -v pgdata:/var/lib/postgresql/data postgres:16');
    const id = [...world.containers.values()][0]?.id ?? '';
    expect(refused(sh, 'docker volume rm pgdata')).toBe(`Error response from daemon: remove pgdata: volume is in use - [${id}]`);
    expect(refused(sh, 'docker volume rm ghost')).toBe('Error response from daemon: get ghost: no such volume');
    ok(sh, 'docker volume create -d replicated shared');
    expect(refused(sh, 'docker volume create shared')).toBe('Error response from daemon: create shared: volume name must be unique');
    expect(refused(sh, 'docker volume ls extra').split('\n')[0]).toBe('"docker volume ls" accepts no arguments.');
  });
});
