// Concept (user namespace): with --userns, root inside the container is an unprivileged
// uid on the host (165536 with dockerd's default remap range): the host's process table
// and the container's uid_map show it, and an escaped process is not root out there.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok } from './docker.ts';

describe('user namespace', () => {
  it('root inside maps to uid 165536 on the host with --userns, to root without', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name plain nginx:1.25');
    ok(sh, 'docker run -d --name boxed --userns nginx:1.25');
    expect(named(world, 'boxed').userns).toBe(true);
    // Inside, both believe they are root.
    expect(ok(sh, 'docker exec plain id')).toBe('uid=0(root) gid=0(root) groups=0(root)');
    expect(ok(sh, 'docker exec boxed id').split('\n')[0]).toBe('uid=0(root) gid=0(root) groups=0(root)');
    // The host knows better.
    expect(ok(sh, 'docker top plain').split('\n')[1]).toMatch(/^root +/);
    expect(ok(sh, 'docker top boxed').split('\n')[1]).toMatch(/^165536 +/);
    expect(ok(sh, 'docker exec boxed cat /proc/self/uid_map')).toBe('         0     165536      65536');
    expect(ok(sh, 'docker exec plain cat /proc/self/uid_map')).toBe('         0          0 4294967295');
    expect(ok(sh, "docker inspect -f '{{.HostConfig.UsernsMode}}' boxed")).toBe('private');
    expect(ok(sh, "docker inspect -f '{{.HostConfig.UsernsMode}}' plain")).toBe('');
  });

  it('--userns=host is the default: no user namespace', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web --userns=host nginx:1.25');
    expect(named(world, 'web').userns).toBe(false);
  });
});
