// Leaked secret in an image layer: whatever a build step writes (an ENV value, a file
// with a password, a build arg a RUN line uses) stays in that layer, readable by anyone
// who can pull the image, even if a later step deletes it.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';

const RECIPE = '"FROM alpine:3.19\\nENV API_KEY=sk_live_51Hx\\nRUN echo \\"password=hunter2\\" > /app/.env\\nRUN rm /app/.env"';

describe('docker history shows a secret baked into a layer', () => {
  it('prints the ENV value and the RUN line with the password', () => {
    const { world, sh } = sandbox();
    expect(sh.exec(`docker build -t leaky:1 ${RECIPE}`).ok).toBe(true);
    const h = sh.exec('docker history --no-trunc leaky:1');
    expect(h.ok).toBe(true);
    expect(h.output).toContain('/bin/sh -c #(nop)  ENV API_KEY=sk_live_51Hx');
    expect(h.output).toContain('/bin/sh -c echo "password=hunter2" > /app/.env');
    // Even the default (truncated) view shows them.
    expect(sh.exec('docker history leaky:1').output).toContain('password=hunter2');
    const image = world.images.get(world.hosts.get('host-1')!.store.tags['leaky:1']!)!;
    const secrets = image.layers.map((d) => world.layers.get(d)?.secret).filter(Boolean);
    expect(secrets).toEqual(['API_KEY=sk_live_51Hx', 'password=hunter2']);
  });

  it('reaches every engine that pulls the image', () => {
    const { sh } = sandbox();
    sh.exec(`docker build -t team/leaky:1 ${RECIPE}`);
    expect(sh.exec('docker push team/leaky:1').ok).toBe(true);
    expect(sh.exec('docker -H host-2 pull team/leaky:1').ok).toBe(true);
    expect(sh.exec('docker -H host-2 history --no-trunc team/leaky:1').output).toContain('password=hunter2');
  });

  it('a build arg used by a RUN step shows in that step', () => {
    const { world, sh } = sandbox();
    const r = sh.exec('docker build --build-arg DB_PASSWORD=s3cret -t argy:1 "FROM alpine:3.19\\nARG DB_PASSWORD\\nRUN ./migrate"');
    expect(r.ok).toBe(true);
    expect(sh.exec('docker history --no-trunc argy:1').output).toContain('|1 DB_PASSWORD=s3cret /bin/sh -c ./migrate');
    const image = world.images.get(world.hosts.get('host-1')!.store.tags['argy:1']!)!;
    expect(world.layers.get(image.layers.at(-1)!)?.secret).toBe('DB_PASSWORD=s3cret');
  });

  it('an image without secrets has none recorded', () => {
    const { world, sh } = sandbox();
    sh.exec('docker build -t shop/web:dev shop-web');
    const image = world.images.get(world.hosts.get('host-1')!.store.tags['shop/web:dev']!)!;
    expect(image.layers.some((d) => world.layers.get(d)?.secret)).toBe(false);
  });
});
