// `docker run`: the syntax the game accepts, and the CLI's and dockerd's exact refusals
// for bad input (each refusal changes nothing).
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../../helpers/sim.ts';
import { named, ok, refused } from '../../containers/docker.ts';

describe('docker run: good input', () => {
  it('accepts every documented flag and stores them as docker would', () => {
    const { world, sh } = sandbox(1);
    const out = ok(sh, 'docker -H host-1 run -d --name web --cpus 0.5 -m 512m -p 8080:80 --network bridge --userns --restart on-failure:3 -e MODE=prod -e DEBUG=0 -v logs:/var/log/nginx --oom-score-adj 200 --memory-swap 1g nginx:1.25');
    expect(out.split('\n').pop()).toMatch(/^[0-9a-f]{64}$/);
    const c = named(world, 'web');
    expect(c.cpuLimitMillis).toBe(500);
    expect(c.memoryLimitMiB).toBe(512);
    expect(c.memorySwapMiB).toBe(1024);
    expect(c.ports).toEqual([{ hostPort: 8080, containerPort: 80 }]);
    expect(c.userns).toBe(true);
    expect(c.restartPolicy).toBe('on-failure');
    expect(c.restartMaxRetries).toBe(3);
    expect(c.env).toMatchObject({ MODE: 'prod', DEBUG: '0' });
    expect(c.mounts).toEqual([{ volume: 'host-1/logs', path: '/var/log/nginx' }]);
    expect(c.oomScoreAdj).toBe(200);
    expect(world.volumes.get('host-1/logs')?.driver).toBe('local');
    const hc = JSON.parse(ok(sh, 'docker inspect web'))[0].HostConfig;
    expect(hc.NanoCpus).toBe(500_000_000);
    expect(hc.Memory).toBe(512 * 1024 * 1024);
  });

  it('reads sizes as 512m, 4g, 4Gi and 2048 (MiB)', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker pull nginx:1.25');
    for (const [size, mib] of [['512m', 512], ['4g', 4096], ['4Gi', 4096], ['2048', 2048]] as const) {
      ok(sh, `docker run -d --name n${mib}${size.length} -m ${size} nginx:1.25`);
      expect(named(world, `n${mib}${size.length}`).memoryLimitMiB).toBe(mib);
    }
  });

  it('runs without -d too, prints the id, and names an unnamed container adjective_surname', () => {
    const { world, sh } = sandbox(1);
    const id = ok(sh, 'docker run nginx:1.25').split('\n').pop() ?? '';
    const c = world.containers.get(id);
    expect(c?.name).toMatch(/^[a-z]+_[a-z]+\d?$/);
  });

  it('replaces the CMD with the given command', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name nap ubuntu:22.04 sleep 30');
    expect(ok(sh, 'docker ps')).toMatch(/"sleep 30" .* nap$/m);
    sh.wait(31);
    expect(named(world, 'nap').state).toBe('exited');
    const r = sh.exec('docker run -d --name nope ubuntu:22.04 frobnicate');
    expect(r.error).toBe('docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "frobnicate": executable file not found in $PATH: unknown.');
    // Real dockerd leaves a `Created` container behind; the game refuses before creating
    // anything, so that a refused command changes nothing.
    expect([...world.containers.values()].some((c) => c.name === 'nope')).toBe(false);
  });

  it('warns that published ports are discarded with --network host', () => {
    const { world, sh } = sandbox(1);
    expect(ok(sh, 'docker run -d --name hostnet --network host -p 80:80 nginx:1.25')).toContain('WARNING: Published ports are discarded when using host network mode');
    expect(named(world, 'hostnet').ports).toEqual([]);
  });

  it('--rm deletes the container when its process exits', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker pull ubuntu:22.04');
    ok(sh, 'docker run --rm --name once ubuntu:22.04 echo hi');
    expect(named(world, 'once').autoRemove).toBe(true);
    sh.wait(3);
    expect([...world.containers.values()].some((c) => c.name === 'once')).toBe(false);
    expect(ok(sh, 'docker ps -a')).not.toContain('once');
    ok(sh, 'docker run --rm --name once ubuntu:22.04 echo again');
  });

  it('prints its usage with --help', () => {
    const { sh } = sandbox(1);
    const help = ok(sh, 'docker run --help');
    expect(help.split('\n')[0]).toBe('Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]');
    expect(help).toMatch(/-m, --memory bytes +Memory limit/);
  });
});

describe('docker run: bad input', () => {
  it('needs an image', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker run')).toBe(`"docker run" requires at least 1 argument.\nSee 'docker run --help'.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image`);
    expect(refused(sh, 'docker run -d --name web').split('\n')[0]).toBe('"docker run" requires at least 1 argument.');
  });

  it('names unknown flags and missing values as cobra does', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker run --foo nginx:1.25')).toBe("unknown flag: --foo\nSee 'docker run --help'.");
    expect(refused(sh, 'docker run -d --name')).toBe("flag needs an argument: --name\nSee 'docker run --help'.");
  });

  it('refuses bad sizes, CPU counts and OOM adjustments', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker run -m 12x nginx:1.25')).toBe(`invalid argument "12x" for "-m, --memory" flag: invalid size: '12x'\nSee 'docker run --help'.`);
    expect(refused(sh, 'docker run --memory-swap lots -m 1g nginx:1.25')).toBe(`invalid argument "lots" for "--memory-swap" flag: invalid size: 'lots'\nSee 'docker run --help'.`);
    expect(refused(sh, 'docker run --cpus abc nginx:1.25')).toBe(`invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number\nSee 'docker run --help'.`);
    expect(refused(sh, 'docker run --cpus 20 nginx:1.25').split('\n').slice(0, 2).join('\n')).toBe("docker: Error response from daemon: Range of CPUs is from 0.01 to 16.00, as there are only 16 CPUs available.\nSee 'docker run --help'.");
    expect(refused(sh, 'docker -H host-2 run --cpus 9 nginx:1.25')).toContain('as there are only 8 CPUs available.');
    expect(refused(sh, 'docker run -m 4m nginx:1.25')).toBe("docker: Error response from daemon: Minimum memory limit allowed is 6MB.\nSee 'docker run --help'.");
    expect(refused(sh, 'docker run --memory-swap 1g nginx:1.25')).toContain('You should always set the Memory limit when using Memoryswap limit, see usage.');
    expect(refused(sh, 'docker run -m 1g --memory-swap 512m nginx:1.25')).toContain('Minimum memoryswap limit should be larger than memory limit, see usage.');
    expect(refused(sh, 'docker run --oom-score-adj 2000 nginx:1.25')).toContain('Invalid value 2000, range for oom score adj is [-1000, 1000].');
    expect(refused(sh, 'docker run --oom-score-adj x nginx:1.25')).toBe(`invalid argument "x" for "--oom-score-adj" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee 'docker run --help'.`);
  });

  it('refuses bad port and volume specs', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker run -p 80:abc nginx:1.25')).toBe("docker: invalid containerPort: abc.\nSee 'docker run --help'.");
    expect(refused(sh, 'docker run -p abc:80 nginx:1.25')).toBe("docker: invalid hostPort: abc.\nSee 'docker run --help'.");
    expect(refused(sh, 'docker run -p 70000:80 nginx:1.25')).toContain('invalid hostPort: 70000.');
    expect(refused(sh, 'docker run -p 8080:80/xyz nginx:1.25')).toContain('invalid proto: xyz.');
    expect(refused(sh, 'docker run -v data:relative nginx:1.25')).toContain("invalid mount path: 'relative' mount path must be absolute.");
    expect(refused(sh, 'docker run -v bad!name:/data nginx:1.25')).toContain('"bad!name" includes invalid characters for a local volume name');
  });

  it('refuses bad restart policies, env, names and networks', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker run --restart sometimes nginx:1.25')).toBe("docker: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'.\nSee 'docker run --help'.");
    expect(refused(sh, 'docker run --restart always:3 nginx:1.25')).toContain("maximum retry count can only be used with 'on-failure'");
    expect(refused(sh, 'docker run --restart on-failure:x nginx:1.25')).toContain('invalid restart policy format: maximum retry count must be an integer');
    expect(refused(sh, 'docker run --rm --restart always nginx:1.25')).toBe("docker: conflicting options: cannot specify both --restart and --rm.\nSee 'docker run --help'.");
    expect(refused(sh, 'docker run -e =x nginx:1.25')).toBe(`invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x\nSee 'docker run --help'.`);
    expect(refused(sh, 'docker run --name w! nginx:1.25')).toContain('Invalid container name (w!), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.');
    expect(refused(sh, 'docker run --network backend nginx:1.25').split('\n')[0]).toBe('docker: Error response from daemon: network backend not found.');
  });

  it('refuses a name in use on the same engine with docker\'s Conflict message', () => {
    const { world, sh } = sandbox(1);
    ok(sh, 'docker run -d --name web nginx:1.25');
    const id = named(world, 'web').id;
    expect(refused(sh, 'docker run -d --name web nginx:1.25').split('\n').slice(0, 2).join('\n')).toBe(
      `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\nSee 'docker run --help'.`,
    );
  });

  it('refuses images that do not exist or do not fit the kernel', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker run Nginx')).toBe("docker: invalid reference format: repository name (library/Nginx) must be lowercase.\nSee 'docker run --help'.");
    expect(refused(sh, 'docker run nosuchimage:1').split('\n')[0]).toBe("docker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.");
    expect(refused(sh, 'docker run nginx:9.9').split('\n')[0]).toBe('docker: Error response from daemon: manifest for nginx:9.9 not found: manifest unknown: manifest unknown.');
    const r = sh.exec('docker run legacy/billing:1.0');
    expect(r.output.split('\n')[0]).toBe("Unable to find image 'legacy/billing:1.0' locally");
    expect(r.error.split('\n')[0]).toBe('docker: Error response from daemon: image operating system "windows" cannot be used on this platform.');
  });

  it('refuses to talk to machines without an engine', () => {
    const { sh } = sandbox(1);
    expect(refused(sh, 'docker -H host-3 run nginx:1.25').split('\n')[0]).toBe('Cannot connect to the Docker daemon at tcp://host-3:2375. Is the docker daemon running?');
    expect(refused(sh, 'docker -H nowhere run nginx:1.25').split('\n')[0]).toMatch(/lookup nowhere: no such host$/);
  });
});
