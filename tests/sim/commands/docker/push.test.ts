// `docker push`: arguments, local images, permissions, good and bad.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker push', () => {
  it('pushes a new tag of a pulled image: every layer already exists', () => {
    const { sh } = sandbox();
    sh.exec('docker pull shop/web:1.0');
    sh.exec('docker tag shop/web:1.0 shop/web:stable');
    const r = sh.exec('docker push shop/web:stable');
    expect(r.ok).toBe(true);
    const lines = r.output.split('\n');
    expect(lines[0]).toBe('The push refers to repository [docker.io/shop/web]');
    expect(lines.slice(1, -1).every((l) => / Layer already exists$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^stable: digest: sha256:[0-9a-f]{64} size: \d+$/);
    expect(r.waitedTicks).toBe(0);
  });

  it('refuses an image that is not in the local store', () => {
    const { sh } = sandbox();
    const r = refused(sh, 'docker push shop/api:1.0', 'An image does not exist locally with the tag: shop/api');
    expect(r.output).toBe('The push refers to repository [docker.io/shop/api]');
    sh.exec('docker pull shop/web:1.0');
    refused(sh, 'docker push shop/web:9.9', 'tag does not exist: shop/web:9.9');
  });

  it('refuses to push over an official image', () => {
    const { sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    const r = refused(sh, 'docker push nginx:1.25', 'denied: requested access to the resource is denied');
    expect(r.output).toMatch(/^The push refers to repository \[docker\.io\/library\/nginx\]\n[0-9a-f]{12}: Preparing/);
  });

  it('needs exactly one image, known flags and a valid reference', () => {
    const { sh } = sandbox();
    refused(sh, 'docker push', '"docker push" requires exactly 1 argument.');
    refused(sh, 'docker push --force x', 'unknown flag: --force');
    refused(sh, 'docker push UPPER', 'invalid reference format: repository name (library/UPPER) must be lowercase');
  });

  it('refuses when the registry is down', () => {
    const { world, sh } = sandbox();
    sh.exec('docker pull shop/web:1.0');
    world.registries.get('docker.io')!.available = false;
    refused(sh, 'docker push shop/web:1.0', /connection refused$/);
  });
});
