// `docker stats`, `docker top` and `docker exec`: cgroup readings (CPU % of one core,
// usage / limit), host PIDs, and what a program sees from inside the namespaces.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { named, ok, refused } from '../../containers/docker.ts';

describe('docker stats', () => {
  it('prints a snapshot in docker\'s columns; 250m is 25.00%', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web -m 512m shop/web:1.0');
    sh.wait(3);
    const id = named(world, 'web').id.slice(0, 12);
    const lines = ok(sh, 'docker stats --no-stream').split('\n');
    expect(lines[0]).toMatch(/^CONTAINER ID   NAME      CPU %     MEM USAGE \/ LIMIT   MEM %     NET I\/O   BLOCK I\/O +PIDS$/);
    expect(lines[1]).toMatch(new RegExp(`^${id}   web       25\\.00%    180MiB / 512MiB     35\\.16%    0B / 0B   0B / [\\d.]+kB +5$`));
    // Without a limit, LIMIT is the machine's memory.
    ok(sh, 'docker run -d --name free nginx:1.25');
    expect(ok(sh, 'docker stats --no-stream free')).toMatch(/12MiB \/ 64GiB/);
    expect(refused(sh, 'docker stats ghost')).toBe('Error: No such container: ghost');
  });
});

describe('docker top', () => {
  it('lists host PIDs under the containerd shim, in ps -ef columns', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    const lines = ok(sh, 'docker top web').split('\n');
    expect(lines[0]).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
    expect(lines).toHaveLength(4);
    const [, pid, ppid] = (lines[1] ?? '').split(/ +/);
    expect(Number(pid)).toBe(Number(ppid) + 1);
    expect(lines[1]).toMatch(/nginx: master process nginx -g daemon off;$/);
    expect(lines[2]).toMatch(/nginx: worker process$/);
    ok(sh, 'docker stop web');
    expect(refused(sh, 'docker top web')).toBe(`Error response from daemon: container ${named(world, 'web').id} is not running`);
    expect(refused(sh, 'docker top ghost')).toBe('Error response from daemon: No such container: ghost');
  });
});

describe('docker exec', () => {
  it('runs hostname, id, uname, ip, env, cat and sh -c in the container', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web -e MODE=prod -m 256m nginx:1.25');
    const web = named(world, 'web');
    expect(ok(sh, 'docker exec web hostname')).toBe(web.id.slice(0, 12));
    expect(ok(sh, 'docker exec -it web hostname -i')).toBe(web.ip);
    expect(ok(sh, 'docker exec web id')).toBe('uid=0(root) gid=0(root) groups=0(root)');
    expect(ok(sh, 'docker exec web uname')).toBe('Linux');
    expect(ok(sh, 'docker exec web env')).toContain('MODE=prod');
    expect(ok(sh, 'docker exec web cat /etc/hostname')).toBe(web.id.slice(0, 12));
    expect(ok(sh, 'docker exec web cat /sys/fs/cgroup/memory.max')).toBe(String(256 * 1024 * 1024));
    expect(ok(sh, 'docker exec web cat /etc/os-release')).toContain('ID=debian');
    expect(ok(sh, 'docker exec web ip route')).toContain('default via 172.17.0.1 dev eth0');
    expect(ok(sh, `docker exec web sh -c "echo hi && hostname"`)).toBe(`hi\n${web.id.slice(0, 12)}`);
    // nproc and free see the machine, not the cgroup (a classic surprise).
    expect(ok(sh, 'docker exec web nproc')).toBe('16');
    expect(ok(sh, 'docker exec web free -m').split('\n')[1]).toMatch(/^Mem: +65536 /);
  });

  it('refuses unknown programs, stopped containers and missing arguments', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    expect(refused(sh, 'docker exec web frob')).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "frob": executable file not found in $PATH: unknown');
    expect(refused(sh, 'docker exec web cat /nope')).toBe('cat: /nope: No such file or directory');
    expect(refused(sh, 'docker exec web').split('\n')[0]).toBe('"docker exec" requires at least 2 arguments.');
    expect(refused(sh, 'docker exec ghost ps')).toBe('Error: No such container: ghost');
    expect(refused(sh, 'docker exec web kill abc')).toBe("kill: failed to parse argument: 'abc'");
    ok(sh, 'docker stop web');
    expect(refused(sh, 'docker exec web ps')).toBe(`Error response from daemon: container ${named(world, 'web').id} is not running`);
  });
});
