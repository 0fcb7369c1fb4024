// Private registry: a registry:2 container published on a host's port is a registry at
// <host>:<port>. Push and pull go through it (only missing layers travel), it is gone
// while its container is stopped, and its images live where /var/lib/registry is: in a
// volume (kept) or in the container's writable layer (lost with `docker rm`).
import { describe, expect, it } from 'vitest';
import { sandboxWith } from '../../helpers/sim.ts';
import { countLines } from './together.ts';

function world() {
  return sandboxWith((json) => {
    json.vms = [{ name: 'vm-a', host: 'host-3', vcpus: 2, memory: '4g' }];
  });
}

const REF = 'host-2:5000/shop/web:1.1';

describe('private registry push/pull round trip', () => {
  it('pushes from one engine and pulls on another, moving only the missing layers', () => {
    const { world: w, sh } = world();
    expect(sh.exec('docker -H host-2 run -d --name registry -p 5000:5000 registry:2').ok).toBe(true);
    sh.exec('docker pull shop/web:1.1');
    expect(sh.exec(`docker tag shop/web:1.1 ${REF}`).ok).toBe(true);
    const push = sh.exec(`docker push ${REF}`);
    expect(push.ok).toBe(true);
    expect(push.output.split('\n')[0]).toBe('The push refers to repository [host-2:5000/shop/web]');
    expect(countLines(push.output, 'Pushed')).toBe(6);
    expect(push.output).toMatch(/^1\.1: digest: sha256:[0-9a-f]{64} size: \d+$/m);
    expect(w.registries.get('host-2:5000')?.tags['shop/web:1.1']).toBe(w.hosts.get('host-1')!.store.tags['shop/web:1.1']);

    const again = sh.exec(`docker push ${REF}`);
    expect(countLines(again.output, 'Layer already exists')).toBe(6);
    expect(countLines(again.output, 'Pushed')).toBe(0);

    const pull = sh.exec(`docker -H vm-a pull ${REF}`);
    expect(pull.ok).toBe(true);
    expect(pull.output).toContain('1.1: Pulling from shop/web');
    expect(pull.output).toContain(`Status: Downloaded newer image for ${REF}`);
    expect(pull.output.split('\n').at(-1)).toBe(REF);
    expect(w.vms.get('vm-a')!.store.tags[REF]).toBe(w.hosts.get('host-1')!.store.tags['shop/web:1.1']);
  });

  it('a pull from the registry inside the datacenter beats one from Docker Hub', () => {
    const a = world();
    a.sh.exec('docker -H host-2 run -d --name registry -p 5000:5000 registry:2');
    a.sh.exec('docker pull shop/web:1.1');
    a.sh.exec(`docker tag shop/web:1.1 ${REF}`);
    a.sh.exec(`docker push ${REF}`);
    const local = a.sh.exec(`docker -H vm-a pull ${REF}`);
    const b = world();
    const hub = b.sh.exec('docker -H vm-a pull shop/web:1.1');
    expect(local.ok && hub.ok).toBe(true);
    expect(local.waitedTicks).toBeLessThan(hub.waitedTicks);
  });

  it('is unreachable while its container is stopped', () => {
    const { sh } = world();
    sh.exec('docker -H host-2 run -d --name registry -p 5000:5000 registry:2');
    sh.exec('docker pull shop/web:1.1');
    sh.exec(`docker tag shop/web:1.1 ${REF}`);
    sh.exec(`docker push ${REF}`);
    expect(sh.exec('docker -H host-2 stop registry').ok).toBe(true);
    const r = sh.exec(`docker -H vm-a pull ${REF}`);
    expect(r.ok).toBe(false);
    expect(r.error.split('\n')[0]).toBe('Error response from daemon: Get "https://host-2:5000/v2/": dial tcp host-2:5000: connect: connection refused');
    expect(sh.exec('docker -H host-2 start registry').ok).toBe(true);
    expect(sh.exec(`docker -H vm-a pull ${REF}`).ok).toBe(true);
  });

  it('loses its images with its container unless /var/lib/registry is a volume', () => {
    const plain = world();
    plain.sh.exec('docker -H host-2 run -d --name registry -p 5000:5000 registry:2');
    plain.sh.exec('docker pull shop/web:1.1');
    plain.sh.exec(`docker tag shop/web:1.1 ${REF}`);
    plain.sh.exec(`docker push ${REF}`);
    expect(plain.sh.exec('docker -H host-2 rm -f registry').ok).toBe(true);
    plain.sh.exec('docker -H host-2 run -d --name registry -p 5000:5000 registry:2');
    const lost = plain.sh.exec(`docker -H vm-a pull ${REF}`);
    expect(lost.ok).toBe(false);
    expect(lost.error.split('\n')[0]).toBe(`Error response from daemon: manifest for ${REF} not found: manifest unknown: manifest unknown`);

    const kept = world();
    kept.sh.exec('docker -H host-2 run -d --name registry -p 5000:5000 -v regdata:/var/lib/registry registry:2');
    kept.sh.exec('docker pull shop/web:1.1');
    kept.sh.exec(`docker tag shop/web:1.1 ${REF}`);
    kept.sh.exec(`docker push ${REF}`);
    kept.sh.exec('docker -H host-2 rm -f registry');
    kept.sh.exec('docker -H host-2 run -d --name registry2 -p 5000:5000 -v regdata:/var/lib/registry registry:2');
    expect(kept.sh.exec(`docker -H vm-a pull ${REF}`).ok).toBe(true);
  });

  it('stores pushed blobs on the disk of the registry host', () => {
    const { world: w, sh } = world();
    sh.exec('docker -H host-2 run -d --name registry -p 5000:5000 -v regdata:/var/lib/registry registry:2');
    sh.exec('docker pull shop/web:1.1');
    sh.exec(`docker tag shop/web:1.1 ${REF}`);
    sh.exec(`docker push ${REF}`);
    const volume = [...w.volumes.values()].find((v) => v.name === 'regdata');
    expect(volume?.usedMiB).toBe(28 + 4 + 118 + 21 + 3);
  });
});
