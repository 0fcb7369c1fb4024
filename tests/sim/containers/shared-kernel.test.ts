// Concept (shared kernel): a container has no kernel of its own. Every container of a
// host reports that host's kernel; inside a VM they report the guest's kernel.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ok, waitUntil } from './docker.ts';

describe('kernel shared by all containers of a machine', () => {
  it('uname -r is the same in two containers of host-1 and different inside a VM', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name aa nginx:1.25');
    ok(sh, 'docker run -d --name bb postgres:16');
    const a = ok(sh, 'docker exec aa uname -r');
    const b = ok(sh, 'docker exec bb uname -r');
    expect(a).toBe(b);
    expect(a).toBe(world.kernels.get('kernel-host-1')?.release);

    ok(sh, 'vm create vm1 --host host-3 --vcpus 2 --memory 4g');
    waitUntil(sh, () => world.vms.get('vm1')?.state === 'running');
    ok(sh, 'docker -H vm1 run -d --name cc nginx:1.25');
    const c = ok(sh, 'docker -H vm1 exec cc uname -r');
    expect(c).not.toBe(a);
    expect(c).toBe(world.kernels.get('kernel-vm1')?.release);
    // Each container still has its own UTS namespace: its own hostname.
    expect(ok(sh, 'docker exec aa hostname')).not.toBe(ok(sh, 'docker exec bb hostname'));
  });

  it('a Windows image cannot run on a Linux kernel', () => {
    const { sh } = sandbox(1);
    const r = sh.exec('docker run -d --name billing legacy/billing:1.0');
    expect(r.ok).toBe(false);
    expect(r.error).toContain('docker: Error response from daemon: image operating system "windows" cannot be used on this platform.');
  });
});
