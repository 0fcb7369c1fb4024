// `docker tag`: a second name for the same image.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { refused } from './refusal.ts';

describe('docker tag', () => {
  it('adds a name pointing at the same image id, and prints nothing', () => {
    const { world, sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    const r = sh.exec('docker tag nginx:1.25 host-2:5000/web/nginx:prod');
    expect(r).toMatchObject({ ok: true, output: '' });
    const tags = world.hosts.get('host-1')!.store.tags;
    expect(tags['host-2:5000/web/nginx:prod']).toBe(tags['nginx:1.25']);
    expect(sh.exec('docker images').output).toMatch(/^host-2:5000\/web\/nginx\s+prod\s/m);
  });

  it('accepts an image id as the source', () => {
    const { world, sh } = sandbox();
    sh.exec('docker pull nginx:1.25');
    const id = world.hosts.get('host-1')!.store.tags['nginx:1.25']!.slice(7, 19);
    expect(sh.exec(`docker tag ${id} web:latest`).ok).toBe(true);
  });

  it('refuses a missing source, a bad target and wrong argument counts', () => {
    const { sh } = sandbox();
    refused(sh, 'docker tag nginx web:1', 'Error response from daemon: No such image: nginx:latest');
    sh.exec('docker pull nginx:1.25');
    refused(sh, 'docker tag nginx:1.25 Web:1', 'Error parsing reference: "Web:1" is not a valid repository/tag: invalid reference format');
    refused(sh, 'docker tag nginx:1.25', '"docker tag" requires exactly 2 arguments.');
    refused(sh, 'docker tag -f nginx:1.25 web:1', "unknown shorthand flag: 'f' in -f");
  });
});
