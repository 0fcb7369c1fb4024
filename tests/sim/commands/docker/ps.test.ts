// `docker ps`: docker's columns and wording (STATUS, CREATED, PORTS, the truncated
// quoted COMMAND), -a, -q, -s, --no-trunc, newest first, one engine at a time.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { named, ok, refused } from '../../containers/docker.ts';

describe('docker ps', () => {
  it('prints docker\'s table with the running containers only', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker pull nginx:1.25');
    ok(sh, 'docker run -d --name web -p 8080:80 nginx:1.25');
    ok(sh, 'docker run -d --name gone ubuntu:22.04');
    sh.wait(120);
    const id = named(world, 'web').id.slice(0, 12);
    expect(ok(sh, 'docker ps')).toBe(
      [
        'CONTAINER ID   IMAGE        COMMAND                  CREATED         STATUS         PORTS                  NAMES',
        `${id}   nginx:1.25   "nginx -g 'daemon of…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp   web`,
      ].join('\n'),
    );
  });

  it('-a adds stopped ones, newest first; -q prints short ids; --no-trunc full ones', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker run -d --name gone ubuntu:22.04');
    sh.wait(5);
    const all = ok(sh, 'docker ps -a').split('\n');
    expect(all[1]).toMatch(/ubuntu:22\.04 +"\/bin\/bash" +\d+ seconds ago +Exited \(0\) \d+ seconds ago +gone$/);
    expect(all[2]).toMatch(/web$/);
    expect(ok(sh, 'docker ps -aq')).toBe([named(world, 'gone').id.slice(0, 12), named(world, 'web').id.slice(0, 12)].join('\n'));
    expect(ok(sh, 'docker ps --no-trunc')).toContain(`${named(world, 'web').id}   nginx:1.25   "nginx -g 'daemon off;'"`);
  });

  it('shows Up Less than a second right after the start, and an empty table elsewhere', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker pull nginx:1.25');
    ok(sh, 'docker run -d --name web nginx:1.25');
    expect(ok(sh, 'docker ps')).toMatch(/Less than a second ago +Up Less than a second +80\/tcp +web/);
    expect(ok(sh, 'docker -H host-2 ps')).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES');
  });

  it('-s adds SIZE: the writable layer, and with the image under it', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker pull nginx:1.25');
    ok(sh, 'docker run -d --name web nginx:1.25');
    const fresh = ok(sh, 'docker ps -s').split('\n');
    expect(fresh[0]).toMatch(/ +NAMES +SIZE$/);
    const virtual = /web +0B \(virtual ([\d.]+MB)\)$/.exec(fresh[1] ?? '')?.[1];
    expect(virtual).toBeDefined();
    // nginx logs 4 KiB a second into its writable layer: 100 s make 409,600 bytes.
    sh.wait(100);
    expect(ok(sh, 'docker ps --size').split('\n')[1]).toMatch(/web +410kB \(virtual [\d.]+MB\)$/);
    expect(ok(sh, 'docker ps').split('\n')[0]).not.toContain('SIZE');
  });

  it('refuses arguments and unknown flags', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker ps web').split('\n')[0]).toBe('"docker ps" accepts no arguments.');
    expect(refused(sh, 'docker ps --bogus')).toBe("unknown flag: --bogus\nSee 'docker ps --help'.");
    expect(refused(sh, 'docker -H host-4 ps')).toContain('Cannot connect to the Docker daemon');
  });
});
