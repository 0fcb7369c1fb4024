// `docker stop|start|restart|rm|kill`: each prints its arguments back; rm refuses a
// running container without -f; an unknown name refuses the whole command.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { named, ok, refused } from '../../containers/docker.ts';

describe('docker stop / start / restart', () => {
  it('stop prints the names given and exits the processes with 0', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker run -d --name db postgres:16');
    expect(ok(sh, 'docker stop web db')).toBe('web\ndb');
    expect(named(world, 'web').state).toBe('exited');
    expect(named(world, 'db').exitCode).toBe(0);
    expect(ok(sh, 'docker stop web')).toBe('web');
  });

  it('start brings back the same container: same id, IP and writable layer', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    sh.wait(10);
    const web = named(world, 'web');
    const { id, ip } = web;
    const written = web.metrics.writableMiB;
    ok(sh, 'docker stop web');
    expect(ok(sh, 'docker start web')).toBe('web');
    expect(web.state).toBe('running');
    expect(web.id).toBe(id);
    expect(web.ip).toBe(ip);
    expect(web.metrics.writableMiB).toBe(written);
  });

  it('start reports a taken host port as dockerd does, and changes nothing', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name web1 -p 8080:80 nginx:1.25');
    ok(sh, 'docker stop web1');
    ok(sh, 'docker run -d --name web2 -p 8080:80 nginx:1.25');
    const err = refused(sh, 'docker start web1').split('\n');
    expect(err[0]).toMatch(/^Error response from daemon: driver failed programming external connectivity on endpoint web1 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);
    expect(err[1]).toBe('Error: failed to start containers: web1');
  });

  it('restart gives a fresh process in the same container', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    sh.wait(30);
    expect(ok(sh, 'docker restart web')).toBe('web');
    expect(named(world, 'web').state).toBe('running');
    expect(ok(sh, 'docker ps')).toMatch(/Up Less than a second/);
  });

  it('refuse unknown names (all or nothing) and missing arguments', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    expect(refused(sh, 'docker stop web ghost')).toBe('Error response from daemon: No such container: ghost');
    expect(named(world, 'web').state).toBe('running');
    expect(refused(sh, 'docker stop').split('\n')[0]).toBe('"docker stop" requires at least 1 argument.');
    expect(refused(sh, 'docker start').split('\n')[0]).toBe('"docker start" requires at least 1 argument.');
    expect(refused(sh, 'docker restart ghost')).toBe('Error response from daemon: No such container: ghost');
    expect(refused(sh, 'docker stop -t soon web')).toContain('invalid argument "soon" for "-t, --time" flag');
  });
});

describe('docker rm / kill', () => {
  it('rm refuses a running container without -f, removes it with -f', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    expect(refused(sh, 'docker rm web').split('\n')[0]).toBe('Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove');
    expect(ok(sh, 'docker rm -f web')).toBe('web');
    expect([...world.containers.values()]).toHaveLength(0);
    expect(refused(sh, 'docker rm web')).toBe('Error response from daemon: No such container: web');
  });

  it('rm of a stopped container frees its name', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker stop web');
    expect(ok(sh, 'docker rm web')).toBe('web');
    ok(sh, 'docker run -d --name web nginx:1.25');
  });

  it('kill sends SIGKILL (exit 137) or the signal given', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker run -d --name db postgres:16');
    expect(ok(sh, 'docker kill web')).toBe('web');
    expect(named(world, 'web').exitCode).toBe(137);
    ok(sh, 'docker kill -s HUP db');
    expect(named(world, 'db').state).toBe('running');
    expect(refused(sh, 'docker kill -s BOGUS db')).toBe('Error response from daemon: Invalid signal: BOGUS');
    expect(refused(sh, 'docker kill web')).toBe(`Error response from daemon: cannot kill container: web: container ${named(world, 'web').id} is not running`);
  });
});
