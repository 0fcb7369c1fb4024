// Concept (self-healing): a process that dies right after every start is restarted
// again and again with a growing back-off. Restarting it changes nothing; its log tells
// why (a database host that does not resolve), and running it with the right
// configuration resolves it. The redeploy that broke it is in the command log as ci-bot's.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('crash-loop', () => {
  it('loops on a bad config pushed by ci-bot; a restart does not help, the right config does', () => {
    const { world, sh } = sandbox(5);
    ok(sh, 'docker run -d --name web -e DB_HOST=db.internal shop/web:1.0');
    sh.wait(3);
    const inc = inject(sh, 'crash-loop web');
    const bot = world.commandLog.filter((e) => e.actor === 'ci-bot').map((e) => e.line);
    expect(bot).toEqual([
      'docker -H host-1 rm -f web',
      'docker -H host-1 run -d --name web --restart always -e DB_HOST=db-old.internal shop/web:1.0',
    ]);
    sh.wait(40);
    const web = named(world, 'web');
    expect(web.restartCount).toBeGreaterThanOrEqual(4);
    expect(web.logs.join('\n')).toContain('psycopg2.OperationalError: could not translate host name "db-old.internal" to address: Name or service not known');
    expect(firing(world, 'ContainerCrashLooping', 'host-1/web')).toHaveLength(1);
    ack(sh, 'ContainerCrashLooping');
    expect(inc.detectedTick).toBe(world.tick);

    // Restarting keeps the same configuration: it crashes again.
    ok(sh, 'docker restart web');
    sh.wait(20);
    expect(inc.state).toBe('open');
    expect(named(world, 'web').restartCount).toBeGreaterThan(0);

    ok(sh, 'docker rm -f web');
    ok(sh, 'docker run -d --name web --restart always -e DB_HOST=db.internal shop/web:1.0');
    waitUntil(sh, () => inc.state === 'resolved', 5);
    sh.wait(30);
    expect(named(world, 'web').state).toBe('running');
    expect(named(world, 'web').restartCount).toBe(0);
    const t = timings(inc);
    expect(t.ttd).toBe(40);
    expect(t.ttr).toBe(60);
  });
});
