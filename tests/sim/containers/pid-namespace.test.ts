// Concept (PID namespace): inside a container its main process is PID 1 and only its own
// processes exist. Another container's processes cannot be seen or signalled; the host
// sees them all, under ordinary host PIDs (docker top).
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok } from './docker.ts';

describe('PID namespace', () => {
  it('ps inside shows PID 1 = its own main process and nothing of its neighbour', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker run -d --name db postgres:16');
    const ps = ok(sh, 'docker exec web ps').split('\n');
    expect(ps[0]).toBe('    PID TTY          TIME CMD');
    expect(ps[1]).toMatch(/^ +1 \? +\d\d:\d\d:\d\d nginx$/);
    // nginx, its 2 workers and ps itself: no postgres.
    expect(ps.slice(1)).toHaveLength(4);
    expect(ps.join('\n')).not.toContain('postgres');
    expect(ok(sh, 'docker exec db ps aux')).toMatch(/^root +1 .* postgres$/m);
  });

  it('a PID of another container does not exist in here: kill fails', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker run -d --name db postgres:16');
    const top = ok(sh, 'docker top db').split('\n');
    expect(top[0]).toMatch(/^UID +PID +PPID +C +STIME +TTY +TIME +CMD$/);
    const dbHostPid = top[1]?.split(/ +/)[1] ?? '';
    expect(Number(dbHostPid)).toBeGreaterThan(100);
    const r = sh.exec(`docker exec web kill ${dbHostPid}`);
    expect(r.ok).toBe(false);
    expect(r.error.split('\n')[0]).toBe(`kill: (${dbHostPid}): No such process`);
    sh.wait(1);
    expect(named(world, 'db').state).toBe('running');
  });

  it('killing PID 1 from inside ends the container; SIGKILL to it is ignored by the kernel', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker exec web kill -9 1');
    expect(named(world, 'web').state).toBe('running');
    ok(sh, 'docker exec web kill 1');
    expect(named(world, 'web').state).toBe('exited');
    expect(ok(sh, 'docker ps -a')).toMatch(/Exited \(0\)/);
    const r = sh.exec('docker exec web ps');
    expect(r.error).toBe(`Error response from daemon: container ${named(world, 'web').id} is not running`);
  });

  it('docker kill from outside ends it with 137 (128 + SIGKILL)', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    expect(ok(sh, 'docker kill web')).toBe('web');
    expect(named(world, 'web').exitCode).toBe(137);
    expect(named(world, 'web').oomKilled).toBe(false);
  });
});
