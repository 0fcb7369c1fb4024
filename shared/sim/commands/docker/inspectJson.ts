// The JSON object `docker inspect` prints for a container, with docker's field names and
// units (bytes, NanoCpus): its state (OOMKilled, ExitCode), cgroup limits, namespaces
// (Config.Hostname is its UTS name, UsernsMode its user namespace), network and mounts.
import type { Container, World } from '../../model.ts';
import { stateStatus } from './describe.ts';
import { gatewayOf, macFor, subnetOf } from './netinfo.ts';
import { DEFAULT_PATH, hostPid } from '../../containers.ts';
import { isoTime } from './time.ts';

const MIB = 1024 * 1024;

function portMap(c: Container, withHostIp: boolean): Record<string, { HostIp: string; HostPort: string }[] | null> {
  const out: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const p of c.ports) (out[`${p.containerPort}/tcp`] ??= []).push({ HostIp: withHostIp ? '0.0.0.0' : '', HostPort: String(p.hostPort) });
  return out;
}

/** Mount entries: named volumes under /var/lib/docker/volumes, bind mounts as given. */
function mounts(world: World, c: Container): Record<string, unknown>[] {
  return c.mounts.map((m) => {
    if (m.volume.startsWith('/')) return { Type: 'bind', Source: m.volume, Destination: m.path, Mode: '', RW: true, Propagation: 'rprivate' };
    const v = world.volumes.get(m.volume);
    const name = v?.name ?? m.volume;
    return { Type: 'volume', Name: name, Source: `/var/lib/docker/volumes/${name}/_data`, Destination: m.path, Driver: v?.driver ?? 'local', Mode: 'z', RW: true, Propagation: '' };
  });
}

/** `docker inspect` of one container. */
export function inspectContainer(world: World, c: Container): Record<string, unknown> {
  const running = c.state === 'running';
  const [path = '', ...args] = c.cmd;
  const exposed: Record<string, Record<string, never>> = {};
  if (c.profile.listenPort > 0) exposed[`${c.profile.listenPort}/tcp`] = {};
  for (const p of c.ports) exposed[`${p.containerPort}/tcp`] = {};
  const bridged = c.network !== 'host' && c.network !== 'none';
  const subnet = subnetOf(world, c);
  const ip = running && bridged ? c.ip : '';
  const endpoint = {
    Gateway: ip ? gatewayOf(subnet) : '',
    IPAddress: ip,
    IPPrefixLen: ip ? 16 : 0,
    MacAddress: ip ? macFor(ip) : '',
  };
  return {
    Id: c.id,
    Created: isoTime(c.createdTick),
    Path: path,
    Args: args,
    State: {
      Status: stateStatus(c),
      Running: running || c.state === 'restarting',
      Paused: false,
      Restarting: c.state === 'restarting',
      OOMKilled: c.oomKilled,
      Dead: c.state === 'dead',
      Pid: running ? hostPid(c, 0) : 0,
      ExitCode: c.exitCode,
      Error: c.error === 'OOMKilled' ? '' : c.error,
      StartedAt: isoTime(c.startedTick),
      FinishedAt: isoTime(c.finishedTick),
    },
    Image: c.imageId,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: world.kernels.get(c.kernelId)?.os ?? 'linux',
    HostConfig: {
      Binds: c.mounts.length ? c.mounts.map((m) => `${world.volumes.get(m.volume)?.name ?? m.volume}:${m.path}`) : null,
      NetworkMode: c.network === 'bridge' ? 'bridge' : c.network,
      PortBindings: portMap(c, false),
      RestartPolicy: { Name: c.restartPolicy, MaximumRetryCount: c.restartMaxRetries },
      OomScoreAdj: c.oomScoreAdj,
      UsernsMode: c.userns ? 'private' : '',
      Memory: c.memoryLimitMiB * MIB,
      NanoCpus: c.cpuLimitMillis * 1e6,
      CpuPeriod: 0,
      CpuQuota: 0,
      // dockerd allows as much swap as memory when --memory is set without --memory-swap.
      MemorySwap: c.memorySwapMiB === -1 ? -1 : c.memorySwapMiB > 0 ? c.memorySwapMiB * MIB : c.memoryLimitMiB * 2 * MIB,
      OomKillDisable: false,
      AutoRemove: c.autoRemove,
    },
    GraphDriver: { Name: 'overlay2', Data: { MergedDir: `/var/lib/docker/overlay2/${c.id}/merged`, UpperDir: `/var/lib/docker/overlay2/${c.id}/diff` } },
    Mounts: mounts(world, c),
    Config: {
      Hostname: c.id.slice(0, 12),
      ExposedPorts: Object.keys(exposed).length ? exposed : null,
      Env: [DEFAULT_PATH, ...Object.entries(c.env).map(([k, v]) => `${k}=${v}`)],
      Cmd: c.cmd,
      Image: c.imageRef,
      Labels: { ...c.labels },
    },
    NetworkSettings: {
      Ports: running && bridged ? portMap(c, true) : {},
      ...endpoint,
      Networks: { [c.network]: endpoint },
    },
  };
}
