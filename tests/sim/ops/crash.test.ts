// Concept (self-healing, observability): an app bug kills a process; its log holds the
// stack trace, docker reports the exit code, an alert fires on the symptom, and the
// incident is resolved when the container runs again (a restart policy does it alone).
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('crash', () => {
  it('kills the process with a stack trace; docker start brings it back and resolves it', () => {
    const { world, sh } = sandbox(3);
    ok(sh, 'docker run -d --name web shop/web:1.0');
    sh.wait(5);
    const inc = inject(sh, 'crash web');
    const web = named(world, 'web');
    expect(web.state).toBe('exited');
    expect(web.exitCode).toBe(1);
    expect(ok(sh, 'docker ps -a')).toMatch(/Exited \(1\) .* web/);
    sh.wait(6);
    expect(firing(world, 'ContainerExited', 'host-1/web')).toHaveLength(1);
    ack(sh, 'ContainerExited');
    expect(inc.detectedTick).toBe(world.tick);
    expect(inc.detectedBy).toMatch(/^alice acked A\d+$/);
    // Reading the log after the page: the stack trace says what happened.
    expect(ok(sh, 'docker logs web')).toMatch(/Traceback \(most recent call last\):[\s\S]*AttributeError: 'NoneType' object has no attribute 'lines'$/);
    sh.wait(20);
    expect(inc.state).toBe('open');
    ok(sh, 'docker start web');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    const t = timings(inc);
    expect(t.ttd).toBeGreaterThan(0);
    expect(t.ttr).toBeGreaterThan(t.ttd ?? 0);
    // The alert clears once the symptom is gone.
    sh.wait(5);
    expect(firing(world, 'ContainerExited')).toHaveLength(0);
  });

  it('heals by itself under a restart policy: resolved within seconds, never detected', () => {
    const { world, sh } = sandbox(3);
    ok(sh, 'docker run -d --name web --restart always shop/web:1.0');
    sh.wait(5);
    const inc = inject(sh, 'crash web');
    waitUntil(sh, () => inc.state === 'resolved', 10);
    expect(named(world, 'web').state).toBe('running');
    expect(named(world, 'web').restartCount).toBe(1);
    expect(timings(inc)).toEqual({ ttd: null, ttr: inc.resolvedTick - inc.openedTick });
    expect(timings(inc).ttr).toBeLessThanOrEqual(3);
  });

  it('counts the first command that names the container as detection', () => {
    const { world, sh } = sandbox(3);
    ok(sh, 'docker run -d --name web shop/web:1.0');
    ok(sh, 'docker run -d --name db postgres:16');
    const inc = inject(sh, 'crash web');
    sh.wait(30);
    ok(sh, 'docker ps -a');
    ok(sh, 'docker logs db');
    sh.wait(1);
    expect(inc.detectedTick).toBe(-1);
    ok(sh, 'docker logs web');
    sh.wait(1);
    expect(inc.detectedTick).toBe(world.tick - 1);
    expect(inc.detectedBy).toBe('console: docker logs web');
  });
});
