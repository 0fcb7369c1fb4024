// Concept (rolling update, rollback): ci-bot ships a new version and rolls it out over
// the service's replicas; the errors start right after, and the event log says who
// changed what. Restarting does not help; rolling back to the previous tag does.
import { describe, expect, it } from 'vitest';
import { BAD_RELEASE_CRASH_TICKS } from '../../../shared/sim/ops/figures.ts';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('bad-release', () => {
  it('errors variant: the service burns its error budget until the replicas run the previous tag again', () => {
    const { world, sh } = sandbox(16);
    for (const n of [1, 2]) ok(sh, `docker run -d --name web${n} -l app=shop-web shop/web:1.0`);
    sh.wait(120);
    const inc = inject(sh, 'bad-release shop-web --variant errors');
    expect(world.commandLog.filter((e) => e.actor === 'ci-bot').map((e) => e.line)).toEqual([
      'docker -H host-1 rm -f web1',
      'docker -H host-1 run -d --name web1 -l app=shop-web shop/web:1.2',
      'docker -H host-1 rm -f web2',
      'docker -H host-1 run -d --name web2 -l app=shop-web shop/web:1.2',
    ]);
    // The new tag's app layer downloads, then the new containers start.
    sh.wait(5);
    expect(named(world, 'web1').state).toBe('running');
    expect(ok(sh, 'docker history shop/web:1.2').split('\n')[1]).toMatch(/COPY app\/ \/app\/ # buildkit \(checkout/);
    waitUntil(sh, () => firing(world, 'ErrorBudgetBurn', 'shop-web').length > 0, 120);
    ack(sh, 'ErrorBudgetBurn');
    ok(sh, 'docker restart web1 web2');
    sh.wait(70);
    expect(inc.state).toBe('open');
    for (const n of [1, 2]) {
      ok(sh, `docker rm -f web${n}`);
      ok(sh, `docker run -d --name web${n} -l app=shop-web shop/web:1.0`);
    }
    waitUntil(sh, () => inc.state === 'resolved', 120);
    expect(world.services.get('shop-web')?.metrics.errorRps).toBe(0);
    expect(timings(inc).ttd).not.toBeNull();
  });

  it('crash variant: the new version dies after a while; rolling back one container resolves it', () => {
    const { world, sh } = sandbox(16);
    ok(sh, 'docker run -d --name api --restart always nginx:1.25');
    const inc = inject(sh, 'bad-release api --variant crash');
    expect(named(world, 'api').imageRef).toBe('nginx:1.26');
    sh.wait(BAD_RELEASE_CRASH_TICKS + 2);
    expect(named(world, 'api').restartCount).toBe(1);
    expect(named(world, 'api').logs).toContain('nginx: Segmentation fault (core dumped)');
    ok(sh, 'docker rm -f api');
    ok(sh, 'docker run -d --name api --restart always nginx:1.25');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
  });
});
