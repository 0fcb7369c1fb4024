// `docker build`: recipes, inline Dockerfiles, flags and parse errors.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker build', () => {
  it('prints the classic builder steps', () => {
    const { sh } = sandbox();
    sh.exec('docker pull alpine:3.19');
    const r = sh.exec('docker build -t hello:1 "FROM alpine:3.19\\nRUN apk add curl\\nCMD [\\"curl\\", \\"-s\\", \\"example.com\\"]"');
    expect(r.ok).toBe(true);
    expect(r.output.split('\n')).toEqual([
      'Sending build context to Docker daemon  2.048kB',
      'Step 1/3 : FROM alpine:3.19',
      expect.stringMatching(/^ ---> [0-9a-f]{12}$/),
      'Step 2/3 : RUN apk add curl',
      expect.stringMatching(/^ ---> Running in [0-9a-f]{12}$/),
      expect.stringMatching(/^Removing intermediate container [0-9a-f]{12}$/),
      expect.stringMatching(/^ ---> [0-9a-f]{12}$/),
      'Step 3/3 : CMD ["curl", "-s", "example.com"]',
      expect.stringMatching(/^ ---> Running in [0-9a-f]{12}$/),
      expect.stringMatching(/^Removing intermediate container [0-9a-f]{12}$/),
      expect.stringMatching(/^ ---> [0-9a-f]{12}$/),
      expect.stringMatching(/^Successfully built [0-9a-f]{12}$/),
      'Successfully tagged hello:1',
    ]);
  });

  it('sizes RUN layers from the package catalogue and the recipe', () => {
    const { world, sh } = sandbox();
    sh.exec('docker build -t tools:1 "FROM alpine:3.19\\nRUN apk add curl git\\nRUN ./configure"');
    sh.exec('docker build -t shop/web:dev shop-web');
    const sizes = (tag: string) => world.images.get(world.hosts.get('host-1')!.store.tags[tag]!)!.layers.map((d) => world.layers.get(d)!.sizeMiB);
    expect(sizes('tools:1').slice(-2)).toEqual([4 + 35 + 8, 2]);
    expect(sizes('shop/web:dev')).toContain(21);
  });

  it('-q prints only the image id; a build without -t leaves a <none> image', () => {
    const { sh } = sandbox();
    const r = sh.exec('docker build -q shop-web');
    expect(r.output).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sh.exec('docker images').output).toMatch(/^<none>\s+<none>\s/m);
  });

  it('refuses unknown recipes, bad tags, flags and argument counts', () => {
    const { sh } = sandbox();
    const r = refused(sh, 'docker build -t x:1 nosuch', 'unable to prepare context: path "nosuch" not found');
    expect(r.error).toContain('shop-web');
    refused(sh, 'docker build -t Bad:1 shop-web', 'invalid argument "Bad:1" for "-t, --tag" flag: invalid reference format: repository name (library/Bad) must be lowercase');
    refused(sh, 'docker build -t x:1', '"docker build" requires exactly 1 argument.');
    refused(sh, 'docker build --squash shop-web', 'unknown flag: --squash');
  });

  it('reports Dockerfile errors as the daemon does', () => {
    const { sh } = sandbox();
    const r = refused(sh, 'docker build -t x:1 "FROM alpine:3.19\\nRUNN echo hi"', 'Error response from daemon: dockerfile parse error line 2: unknown instruction: RUNN');
    expect(r.output).toBe('Sending build context to Docker daemon  2.048kB');
    refused(sh, 'docker build -t x:1 "RUN echo hi\\nFROM alpine:3.19"', 'Error response from daemon: No build stage in current context');
    refused(sh, 'docker build -t x:1 "FROM\\nRUN true"', 'Error response from daemon: dockerfile parse error line 1: FROM requires either one or three arguments');
    refused(sh, 'docker build -t x:1 "FROM nosuch/base:1\\nRUN true"', "pull access denied for nosuch/base, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
  });

  it('COPY of a file the context lacks fails at that step', () => {
    const { sh } = sandbox();
    sh.exec('docker pull alpine:3.19');
    const r = refused(sh, 'docker build -t x:1 "FROM alpine:3.19\\nCOPY app.py /app/"', 'COPY failed: file not found in build context or excluded by .dockerignore: stat app.py: file does not exist');
    expect(r.output.split('\n').at(-1)).toBe('Step 2/2 : COPY app.py /app/');
    expect(r.error).toContain('no build context');
  });

  it('warns about build args no step uses', () => {
    const { sh } = sandbox();
    const r = sh.exec('docker build --build-arg VERSION=2 -t shop/web:dev shop-web');
    expect(r.output).toContain('[Warning] One or more build-args [VERSION] were not consumed');
  });

  it('an image built with ENV and EXPOSE carries them', () => {
    const { world, sh } = sandbox();
    sh.exec('docker build -t api:1 "FROM python:3.12-slim\\nENV MODE=prod\\nEXPOSE 9000\\nCMD [\\"uvicorn\\", \\"app:app\\"]"');
    const image = world.images.get(world.hosts.get('host-1')!.store.tags['api:1']!)!;
    expect(image.env.MODE).toBe('prod');
    expect(image.profile.listenPort).toBe(9000);
    expect(image.profile.command).toBe('uvicorn');
    expect(image.profile.exitAfterTicks).toBeUndefined();
  });

  it('a multi-stage build ships only the last stage, and shows its base pull once', () => {
    const { world, sh } = sandbox();
    const r = sh.exec('docker build -t tool:1 "FROM alpine:3.19 AS build\\nRUN apk add gcc\\nFROM alpine:3.19\\nCOPY --from=build /out/tool /tool\\nCMD [\\"/tool\\"]"');
    expect(r.ok).toBe(true);
    expect(r.output.match(/Pulling from library\/alpine/g)).toHaveLength(1);
    const image = world.images.get(world.hosts.get('host-1')!.store.tags['tool:1']!)!;
    const sizes = image.layers.map((d) => world.layers.get(d)!.sizeMiB);
    // alpine's 3 MiB, the copied binary, CMD: no compiler in the shipped image.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(10);
  });
});
