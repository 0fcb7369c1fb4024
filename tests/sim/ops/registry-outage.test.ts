// Concept (registry): the public registry stops answering. Every pull fails with
// `connection refused`, but a machine that has the image's layers cached starts
// containers from them as before. When the registry is back, pulls work again.
import { describe, expect, it } from 'vitest';
import { REGISTRY_OUTAGE_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, refused, timings, waitUntil } from './helpers.ts';

describe('registry-outage', () => {
  it('fails new pulls, keeps cached images running, and recovers when the registry is back', () => {
    const { world, sh } = sandbox(17);
    ok(sh, 'docker -H host-1 pull nginx:1.25');
    const inc = inject(sh, 'registry-outage docker.io');
    expect(refused(sh, 'docker -H host-2 pull nginx:1.25').split('\n')[0]).toBe('Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp registry-1.docker.io:443: connect: connection refused');
    // Cached on host-1: runs without the registry.
    ok(sh, 'docker -H host-1 run -d --name web nginx:1.25');
    expect(named(world, 'web').state).toBe('running');
    sh.wait(35);
    expect(firing(world, 'RegistryUnreachable', 'docker.io')).toHaveLength(1);
    ack(sh, 'RegistryUnreachable');
    waitUntil(sh, () => inc.state === 'resolved', REGISTRY_OUTAGE_TICKS);
    ok(sh, 'docker -H host-2 pull nginx:1.25');
    expect(timings(inc).ttr).toBe(REGISTRY_OUTAGE_TICKS);
    expect(timings(inc).ttd).toBe(35);
  });

  it('a private registry crashes; its restart policy brings it back', () => {
    const { world, sh } = sandbox(17);
    ok(sh, 'docker -H host-2 run -d --name reg --restart always -p 5000:5000 registry:2');
    ok(sh, 'docker pull nginx:1.25');
    ok(sh, 'docker tag nginx:1.25 host-2:5000/nginx:1.25');
    ok(sh, 'docker push host-2:5000/nginx:1.25');
    const inc = inject(sh, 'registry-outage host-2:5000');
    expect(named(world, 'reg', 'host-2').logs.at(-3)).toBe('panic: runtime error: slice bounds out of range [:-1]');
    waitUntil(sh, () => inc.state === 'resolved', 10);
    ok(sh, 'docker -H host-1 pull host-2:5000/nginx:1.25');
  });
});
