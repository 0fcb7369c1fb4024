// Concept (network namespace): each bridge container has its own IP and its own ports, so
// two of them can both listen on :80. A host port is one per machine: publishing it twice
// fails, and so do two --network host servers on the same port.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { named, ok } from './docker.ts';

describe('port collision vs separate net namespaces', () => {
  it('two bridge containers both listen on :80, each at its own IP', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web1 nginx:1.25');
    ok(sh, 'docker run -d --name web2 nginx:1.25');
    sh.wait(2);
    expect(named(world, 'web1').state).toBe('running');
    expect(named(world, 'web2').state).toBe('running');
    const ip1 = ok(sh, 'docker exec web1 hostname -i');
    const ip2 = ok(sh, 'docker exec web2 hostname -i');
    expect(ip1).toMatch(/^172\.17\.0\.\d+$/);
    expect(ip2).not.toBe(ip1);
    expect(ok(sh, 'docker exec web1 ip addr')).toContain(`inet ${ip1}/16`);
    expect(ok(sh, 'docker ps')).toMatch(/Up \d+ seconds +80\/tcp +web1/);
  });

  it('the same published host port fails the second run, which changes nothing', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker pull nginx:1.25');
    ok(sh, 'docker run -d --name web1 -p 8080:80 nginx:1.25');
    const r = sh.exec('docker run -d --name web2 -p 8080:80 nginx:1.25');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^docker: Error response from daemon: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\.$/m);
    expect([...world.containers.values()].some((c) => c.name === 'web2')).toBe(false);
    expect(ok(sh, 'docker ps -a')).not.toMatch(/web2/);
    // Another host port is fine, and so is the same port on another machine.
    ok(sh, 'docker run -d --name web3 -p 8081:80 nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name web1 -p 8080:80 nginx:1.25');
    expect(ok(sh, 'docker ps')).toMatch(/0\.0\.0\.0:8081->80\/tcp +web3/);
  });

  it('two --network host nginx on one machine: the second cannot bind :80 and exits 1', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name h1 --network host nginx:1.25');
    ok(sh, 'docker run -d --name h2 --network host nginx:1.25');
    sh.wait(1);
    const h2 = named(world, 'h2');
    expect(named(world, 'h1').state).toBe('running');
    expect(h2.state).toBe('exited');
    expect(h2.exitCode).toBe(1);
    expect(ok(sh, 'docker logs h2')).toContain('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)');
    expect(ok(sh, 'docker ps -a')).toMatch(/Exited \(1\) \d+ seconds? ago +h2/);
    // No own IP with host networking: it shows the machine's interfaces.
    expect(named(world, 'h1').ip).toBe('');
    expect(ok(sh, 'docker exec h1 ip addr')).toContain('docker0');
  });

  it('a published port collides with a host-network server on that port too', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name h1 --network host nginx:1.25');
    const r = sh.exec('docker run -d --name web -p 80:80 nginx:1.25');
    expect(r.ok).toBe(false);
    expect(r.error).toContain('Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use');
  });

  it('a user-defined network gives addresses from its own subnet', () => {
    const { world, sh } = sandbox(1);
    expect(ok(sh, 'docker network create backend')).toMatch(/^[0-9a-f]{64}$/);
    ok(sh, 'docker run -d --name db --network backend postgres:16');
    expect(named(world, 'db').ip).toBe('172.18.0.2');
    ok(sh, 'docker network create frontend');
    ok(sh, 'docker run -d --name web --network frontend nginx:1.25');
    expect(named(world, 'web').ip).toBe('172.19.0.2');
  });
});
