// `docker pull`: arguments, flags and references, good and bad.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker pull', () => {
  it('pulls with and without -H, and prints the full reference last', () => {
    const { sh } = sandbox();
    const r = sh.exec('docker -H host-2 pull alpine:3.19');
    expect(r.ok).toBe(true);
    expect(r.output.split('\n')).toEqual([
      '3.19: Pulling from library/alpine',
      expect.stringMatching(/^[0-9a-f]{12}: Pull complete$/),
      expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
      'Status: Downloaded newer image for alpine:3.19',
      'docker.io/library/alpine:3.19',
    ]);
  });

  it('-q prints only the reference', () => {
    const { sh } = sandbox();
    expect(sh.exec('docker pull -q nginx:1.25').output).toBe('docker.io/library/nginx:1.25');
  });

  it('needs exactly one image', () => {
    const { sh } = sandbox();
    const r = refused(sh, 'docker pull', '"docker pull" requires exactly 1 argument.');
    expect(r.error).toContain("See 'docker pull --help'.");
    expect(r.error).toContain('Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]');
    refused(sh, 'docker pull nginx:1.25 alpine:3.19', '"docker pull" requires exactly 1 argument.');
  });

  it('rejects unknown flags and bad references', () => {
    const { sh } = sandbox();
    expect(refused(sh, 'docker pull --all nginx', 'unknown flag: --all').error).toContain("See 'docker pull --help'.");
    refused(sh, 'docker pull -x nginx', "unknown shorthand flag: 'x' in -x");
    refused(sh, 'docker pull nginx:', 'invalid reference format');
    refused(sh, 'docker pull Nginx', 'invalid reference format: repository name (library/Nginx) must be lowercase');
  });

  it('says what the registry says about unknown repositories and tags', () => {
    const { sh } = sandbox();
    refused(sh, 'docker pull nosuch', "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    const r = refused(sh, 'docker pull nginx:9.9', 'Error response from daemon: manifest for nginx:9.9 not found: manifest unknown: manifest unknown');
    expect(r.error).toContain('1.25');
    expect(refused(sh, 'docker pull nginx', /manifest for nginx:latest not found/).output).toBe('Using default tag: latest');
  });

  it('refuses registries that are not there', () => {
    const { sh } = sandbox();
    refused(sh, 'docker pull host-2:5000/shop/web:1.1', 'Error response from daemon: Get "https://host-2:5000/v2/": dial tcp host-2:5000: connect: connection refused');
    refused(sh, 'docker pull nowhere:5000/shop/web:1.1', 'Error response from daemon: Get "https://nowhere:5000/v2/": dial tcp: lookup nowhere: no such host');
  });

  it('refuses an engine that is not there', () => {
    const { sh } = sandbox();
    refused(sh, 'docker -H host-9 pull nginx:1.25', /^error during connect/);
    refused(sh, 'docker -H host-3 pull nginx:1.25', /^Cannot connect to the Docker daemon/);
  });

  it('--help prints the usage', () => {
    const { sh } = sandbox();
    expect(sh.exec('docker pull --help').output).toContain('Download an image from a registry');
  });
});
