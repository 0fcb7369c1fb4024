// Concept (registry): an image can no longer be pulled: a clean-up deleted its tag
// (`manifest unknown`), or the registry rate-limits anonymous pulls (`toomanyrequests`).
// What runs keeps running; the next deploy to a machine without the layers fails. Pushing
// the image again from a machine that has it, or serving it from a private registry,
// resolves it; a rate limit also lifts by itself after a while.
import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, refused, timings, waitUntil } from './helpers.ts';

describe('image-pull-failure', () => {
  it('manifest unknown: the pipeline\'s pull fails, running containers keep going; pushing the image again resolves it', () => {
    const { world, sh } = sandbox(18);
    ok(sh, 'docker -H host-1 run -d --name web shop/web:1.0');
    const inc = inject(sh, 'image-pull-failure shop/web:1.0 --variant manifest-unknown');
    const bot = world.commandLog.filter((e) => e.actor === 'ci-bot');
    expect(bot.map((e) => [e.line, e.ok])).toEqual([['docker -H host-2 pull shop/web:1.0', false]]);
    expect(refused(sh, 'docker -H host-2 pull shop/web:1.0').split('\n')[0]).toBe('Error response from daemon: manifest for shop/web:1.0 not found: manifest unknown: manifest unknown');
    expect(named(world, 'web').state).toBe('running');
    sh.wait(5);
    expect(firing(world, 'ImagePullFailed', 'host-2')).toHaveLength(1);
    ok(sh, 'docker -H host-1 push shop/web:1.0');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    ok(sh, 'docker -H host-2 pull shop/web:1.0');
    expect(timings(inc).ttd).toBe(0);
  });

  it('rate limit: pulls answer toomanyrequests; a private registry mirror resolves it before the limit lifts', () => {
    const { world, sh } = sandbox(18);
    ok(sh, 'docker -H host-1 run -d --name web shop/web:1.0');
    ok(sh, 'docker -H host-1 run -d --name reg -p 5000:5000 registry:2');
    const inc = inject(sh, 'image-pull-failure shop/web:1.0 --variant rate-limit');
    expect(refused(sh, 'docker -H host-2 pull nginx:1.25').split('\n')[0]).toBe('Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit');
    sh.wait(5);
    expect(firing(world, 'RegistryRateLimited', 'docker.io')).toHaveLength(1);
    ack(sh, 'RegistryRateLimited');
    ok(sh, 'docker -H host-1 tag shop/web:1.0 host-1:5000/shop/web:1.0');
    ok(sh, 'docker -H host-1 push host-1:5000/shop/web:1.0');
    ok(sh, 'docker -H host-2 pull host-1:5000/shop/web:1.0');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(timings(inc).ttr).toBeLessThan(RATE_LIMIT_TICKS);
  });

  it('rate limit lifts by itself after a while', () => {
    const { world, sh } = sandbox(18);
    ok(sh, 'docker -H host-1 run -d --name web shop/web:1.0');
    const inc = inject(sh, 'image-pull-failure web --variant rate-limit');
    expect(inc.data.ref).toBe('shop/web:1.0');
    waitUntil(sh, () => inc.state === 'resolved', RATE_LIMIT_TICKS + 1);
    expect(world.registries.get('docker.io')?.pullError).toBeUndefined();
  });
});
