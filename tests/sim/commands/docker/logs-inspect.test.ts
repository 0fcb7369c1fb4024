// `docker logs` and `docker inspect`: lookup by name, id or unique id prefix on the one
// engine, --tail, docker's JSON fields and units, -f templates, and the not-found errors.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { named, ok, refused } from '../../containers/docker.ts';

describe('docker logs', () => {
  it('prints the log, or its last N lines', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    const all = ok(sh, 'docker logs web').split('\n');
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(ok(sh, 'docker logs --tail 1 web')).toBe(all[all.length - 1]);
    expect(ok(sh, 'docker logs -n 0 web')).toBe('');
  });

  it('finds a container by full id and unique id prefix', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    const id = named(world, 'web').id;
    expect(ok(sh, `docker logs ${id}`)).toBe(ok(sh, 'docker logs web'));
    expect(ok(sh, `docker logs ${id.slice(0, 5)}`)).toBe(ok(sh, 'docker logs web'));
  });

  it('refuses unknown containers and wrong argument counts', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    expect(refused(sh, 'docker logs nope')).toBe('Error: No such container: nope');
    expect(refused(sh, 'docker -H host-2 logs web')).toBe('Error: No such container: web');
    expect(refused(sh, 'docker logs').split('\n')[0]).toBe('"docker logs" requires exactly 1 argument.');
    expect(refused(sh, 'docker logs --tail x web')).toContain('invalid argument "x" for "-n, --tail" flag');
  });
});

describe('docker inspect', () => {
  it('prints docker\'s fields with their units', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web --cpus 1.5 -m 1g -p 8080:80 --restart unless-stopped nginx:1.25');
    const out = ok(sh, 'docker inspect web');
    expect(out.startsWith('[\n    {\n        "Id": ')).toBe(true);
    const c = JSON.parse(out)[0];
    const web = named(world, 'web');
    expect(c.Id).toBe(web.id);
    expect(c.Name).toBe('/web');
    expect(c.Created).toMatch(/^2024-03-04T09:00:0\dZ$/);
    expect(c.Path).toBe('nginx');
    expect(c.Args).toEqual(['-g', 'daemon off;']);
    expect(c.State).toMatchObject({ Status: 'running', Running: true, OOMKilled: false, ExitCode: 0, Restarting: false, FinishedAt: '0001-01-01T00:00:00Z' });
    expect(c.HostConfig).toMatchObject({
      Memory: 1073741824,
      NanoCpus: 1500000000,
      MemorySwap: 2147483648,
      RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 },
      PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] },
      NetworkMode: 'bridge',
      UsernsMode: '',
      OomScoreAdj: 0,
    });
    // The UTS namespace's hostname is the short id.
    expect(c.Config.Hostname).toBe(web.id.slice(0, 12));
    expect(c.Config.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(c.NetworkSettings.IPAddress).toBe(web.ip);
    expect(c.NetworkSettings.Ports).toEqual({ '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }] });
  });

  it('renders -f templates', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    expect(ok(sh, "docker inspect -f '{{.Name}} {{.State.Running}} {{.HostConfig.Memory}}' web")).toBe('/web true 0');
    expect(ok(sh, "docker inspect --format '{{json .Config.Cmd}}' web")).toBe('["nginx","-g","daemon off;"]');
    expect(ok(sh, "docker inspect -f '{{.State.Nope}}' web")).toBe('<no value>');
  });

  it('says No such object for unknown names, after what it found', () => {
    const { sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    const r = sh.exec('docker inspect web ghost');
    expect(r.ok).toBe(false);
    expect(r.error).toBe('Error: No such object: ghost');
    expect(JSON.parse(r.output)).toHaveLength(1);
    expect(refused(sh, 'docker inspect ghost')).toBe('Error: No such object: ghost');
    expect(sh.exec('docker inspect ghost').output).toBe('[]');
    expect(refused(sh, 'docker inspect').split('\n')[0]).toBe('"docker inspect" requires at least 1 argument.');
  });
});
