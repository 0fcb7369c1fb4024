// Concept (secrets): ci-bot ships an image whose Dockerfile wrote the database password
// into a layer; `docker history` shows it to anyone who can pull the image. Rolling
// back alone is not enough (the password is out), nor is a new password with the leaky
// image still running: the secret must be rotated and the leaky image gone.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, named, ok, timings, waitUntil } from './helpers.ts';

describe('secret-leak', () => {
  it('bakes the password into a layer; only rotation plus removing the leaky image resolves it', () => {
    const { world, sh } = sandbox(19);
    ok(sh, 'docker run -d --name web -e DB_PASSWORD=hunter2 shop/web:1.0');
    const inc = inject(sh, 'secret-leak web');
    waitUntil(sh, () => named(world, 'web').state === 'running', 10);
    expect(named(world, 'web').imageRef).toBe('shop/web:1.2');
    expect(ok(sh, 'docker history --no-trunc shop/web:1.2')).toContain('RUN /bin/sh -c echo "DB_PASSWORD=hunter2" > /app/.env # buildkit');
    sh.wait(5);
    expect(firing(world, 'SecretLeaked', 'shop/web:1.2')).toHaveLength(1);
    ack(sh, 'SecretLeaked');

    // A new password while the leaky image runs: not enough.
    ok(sh, 'docker rm -f web');
    ok(sh, 'docker run -d --name web -e DB_PASSWORD=n3w-pa55 shop/web:1.2');
    sh.wait(2);
    expect(inc.state).toBe('open');
    // The old image with the old password: not enough either.
    ok(sh, 'docker rm -f web');
    ok(sh, 'docker run -d --name web -e DB_PASSWORD=hunter2 shop/web:1.0');
    sh.wait(2);
    expect(inc.state).toBe('open');
    // Both: resolved.
    ok(sh, 'docker rm -f web');
    ok(sh, 'docker run -d --name web -e DB_PASSWORD=n3w-pa55 shop/web:1.0');
    sh.wait(1);
    expect(inc.state).toBe('resolved');
    expect(timings(inc).ttd).not.toBeNull();
    sh.wait(5);
    expect(firing(world, 'SecretLeaked')).toHaveLength(0);
  });
});
