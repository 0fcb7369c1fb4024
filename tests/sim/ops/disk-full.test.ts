// Concept (image layers: the writable layer): debug logging floods one container's
// writable layer until the machine's disk is full; then every write fails (ENOSPC) and
// writers die, whichever container they are in. `docker restart` keeps the writable
// layer (and the flood); removing the container frees the space.
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, patchHostType, timings, waitUntil } from './helpers.ts';

describe('disk-full', () => {
  it('fills the disk from one writable layer; removing that container resolves it', () => {
    const { world, sh } = sandboxWith((json) => {
      patchHostType(json, 'cs-8', { disk: '20g' });
    }, 10);
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name db postgres:16');
    const inc = inject(sh, 'disk-full host-2');
    expect(inc.data.container).toBe('host-2/web');
    expect(named(world, 'web', 'host-2').logs).toContain('nginx: config reloaded: log level DEBUG');
    waitUntil(sh, () => firing(world, 'DiskAlmostFull', 'host-2').length > 0, 700);
    ack(sh, 'DiskAlmostFull');
    waitUntil(sh, () => named(world, 'db', 'host-2').state === 'exited', 200);
    expect(named(world, 'db', 'host-2').logs.at(-1)).toBe('postgres: write /var/lib/postgresql/data: no space left on device');
    // A restart keeps the writable layer: the disk stays full.
    ok(sh, 'docker -H host-2 restart web');
    sh.wait(5);
    expect(inc.state).toBe('open');
    ok(sh, 'docker -H host-2 rm -f web');
    // The disk reading is taken after the incident checks of a tick: resolved on the next one.
    waitUntil(sh, () => inc.state === 'resolved', 3);
    expect(world.hosts.get('host-2')?.metrics.diskUsedMiB).toBeLessThan(10 * 1024);
    expect(timings(inc).ttd).toBeGreaterThan(400);
  });
});
