// Container lifecycle shared by the docker commands and the per-tick systems:
// creation (namespaces: own id, hostname, IP), start (port bindings), the ways a run
// ends (exit, OOM kill, stop, the machine going down) with dockerd's restart policies,
// and removal (the writable layer goes with the container).
// Containers are keyed by id in World.containers: names are unique per engine only.
import { digestOf } from './hash.ts';
import { notFoundError, printStdout } from './processOutput.ts';
import type { Container, PortBinding, RestartPolicy, VolumeMount, World, WorkloadProfile } from './model.ts';
import type { DockerTarget } from './machines.ts';
import { nextHex } from './rng.ts';
import { LOG_LINES_KEPT, RESTART_RESET_TICKS, dockerRestartDelayTicks } from './realism.ts';

export { DEFAULT_PATH, ENV_MARK, HOSTNAME_MARK, notFoundError } from './processOutput.ts';

export interface ContainerSpec {
  name: string;
  imageRef: string;
  imageId: string;
  cpuLimitMillis: number;
  memoryLimitMiB: number;
  oomScoreAdj: number;
  ports: PortBinding[];
  network: string;
  userns: boolean;
  restartPolicy: RestartPolicy;
  env: Record<string, string>;
  labels?: Record<string, string>;
  mounts: VolumeMount[];
  profile: WorkloadProfile;
  /** argv of the main process (default: the profile's command). */
  cmd?: string[];
  /** `on-failure:N` (default 0: no maximum). */
  restartMaxRetries?: number;
  /** `--memory-swap`, MiB (default 0: unset). */
  memorySwapMiB?: number;
  /** `--rm` (default false). */
  autoRemove?: boolean;
}

/** Appends a line to a container's log, keeping the last LOG_LINES_KEPT. */
export function logLine(c: Container, line: string): void {
  c.logs.push(line);
  if (c.logs.length > LOG_LINES_KEPT) c.logs.splice(0, c.logs.length - LOG_LINES_KEPT);
}

/** Most processes of one container that get their own host PID (main process included). */
export const PIDS_PER_CONTAINER = 63;

/**
 * PID of a container's process as the host sees it (`docker top`, the kernel's OOM
 * report): k = 0 is the main process (PID 1 inside its PID namespace), 1.. its workers.
 * The containerd shim that parents it holds hostPid(c, -1).
 */
export function hostPid(c: Container, k: number): number {
  return 2000 + c.index * (PIDS_PER_CONTAINER + 1) + 1 + Math.min(k, PIDS_PER_CONTAINER - 1);
}

/** Key of a user-defined network in World.networks (built-in ones are keyed by name). */
export function networkKey(engine: string, name: string): string {
  return `${engine}/${name}`;
}

/** Key of a local volume in World.volumes (replicated ones are keyed by name). */
export function volumeKey(engine: string, name: string): string {
  return `${engine}/${name}`;
}

/** The n-th address of a /16 (or /20) whose first two octets are `prefix`; .0 and .255 are skipped. */
export function addressIn(prefix: string, third: number, n: number): string {
  const per = 254;
  return `${prefix}.${third + Math.floor((n - 1) / per)}.${((n - 1) % per) + 1}`;
}

/** An IP on the container's network: its own net namespace gets its own address. */
function allocateIp(world: World, target: DockerTarget, network: string): string {
  if (network === 'host' || network === 'none') return '';
  const custom = world.networks.get(networkKey(target.id, network));
  if (custom) {
    // The gateway holds .1; containers get .2, .3, …
    const [a, b, c] = custom.subnet.split('.');
    return addressIn(`${a}.${b}`, Number(c), custom.nextIp++);
  }
  // docker0 on this kernel: 172.17.0.2, .3, … (each engine has its own bridge).
  return addressIn('172.17', 0, target.kernel.nextBridgeIp++);
}

export function createContainer(world: World, target: DockerTarget, spec: ContainerSpec): Container {
  const c: Container = {
    id: nextHex(world, 64),
    index: world.nextIndex.container++,
    name: spec.name,
    imageRef: spec.imageRef,
    imageId: spec.imageId,
    targetId: target.id,
    hostId: target.host.id,
    kernelId: target.kernel.id,
    kernelIndex: target.kernel.index,
    state: 'created',
    exitCode: 0,
    oomKilled: false,
    error: '',
    createdTick: world.tick,
    startedTick: -1,
    finishedTick: -1,
    restartCount: 0,
    restartPolicy: spec.restartPolicy,
    restartMaxRetries: spec.restartMaxRetries ?? 0,
    restartBackoff: 0,
    restartAtTick: -1,
    cpuLimitMillis: spec.cpuLimitMillis,
    memoryLimitMiB: spec.memoryLimitMiB,
    memorySwapMiB: spec.memorySwapMiB ?? 0,
    autoRemove: spec.autoRemove ?? false,
    oomScoreAdj: spec.oomScoreAdj,
    ports: spec.ports,
    network: spec.network,
    ip: allocateIp(world, target, spec.network),
    userns: spec.userns,
    env: spec.env,
    labels: spec.labels ?? {},
    mounts: spec.mounts,
    profile: spec.profile,
    cmd: spec.cmd ?? [spec.profile.command],
    stoppedByUser: false,
    waitingForJob: null,
    metrics: { cpuDemandMillis: 0, cpuUsedMillis: 0, throttledPermille: 0, starvedPermille: 0, memoryUsageMiB: 0, writableMiB: 0, uptimeTicks: 0, trafficCpuMillis: 0, offeredRps: 0, servedRps: 0 },
    logs: [],
  };
  world.containers.set(c.id, c);
  return c;
}

/** True while the container's main process exists. */
export function isRunning(c: Container): boolean {
  return c.state === 'running';
}

/**
 * Another running container on the same machine that already holds `hostPort`:
 * published through docker's port allocator, or bound directly by a host-network process.
 */
export function portHolder(world: World, targetId: string, hostPort: number, exceptId: string): Container | null {
  for (const other of world.containers.values()) {
    if (other.id === exceptId || other.targetId !== targetId || other.state !== 'running') continue;
    if (other.ports.some((p) => p.hostPort === hostPort)) return other;
    if (other.network === 'host' && other.profile.listenPort === hostPort) return other;
  }
  return null;
}

/**
 * dockerd's error when a published host port cannot be bound: taken by another
 * container's published port (its own allocator), or by a host-network process (the
 * proxy's bind fails). The endpoint id is stable per container.
 */
export function portError(c: Pick<Container, 'name' | 'id'>, hostPort: number, publishedByOther: boolean): string {
  const cause = publishedByOther
    ? `Bind for 0.0.0.0:${hostPort} failed: port is already allocated`
    : `Error starting userland proxy: listen tcp4 0.0.0.0:${hostPort}: bind: address already in use`;
  return `driver failed programming external connectivity on endpoint ${c.name} (${digestOf(`endpoint\n${c.id}`)}): ${cause}`;
}

/**
 * Starts the container's process. Published ports are bound by dockerd before the
 * process starts, so a taken host port fails the start itself (the container stays as
 * it was); with `--network host` the process binds the host's own stack and fails at
 * bind(), exiting with code 1. Returns docker's error text when the start is refused.
 */
export function startContainer(world: World, c: Container): string | null {
  if (c.profile.notFound !== undefined) return notFoundError(c.profile.notFound);
  for (const p of c.ports) {
    const holder = portHolder(world, c.targetId, p.hostPort, c.id);
    if (holder) return portError(c, p.hostPort, holder.ports.some((q) => q.hostPort === p.hostPort));
  }
  c.state = 'running';
  c.startedTick = world.tick;
  c.exitCode = 0;
  c.oomKilled = false;
  c.error = '';
  c.stoppedByUser = false;
  c.metrics.memoryUsageMiB = c.profile.memoryMiB;
  c.metrics.uptimeTicks = 0;
  logLine(c, `${c.profile.command}: starting (pid 1)`);
  if (c.network === 'host' && c.profile.listenPort > 0) {
    const holder = portHolder(world, c.targetId, c.profile.listenPort, c.id);
    if (holder) {
      const port = c.profile.listenPort;
      logLine(c, c.profile.command === 'nginx'
        ? `nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)`
        : `${c.profile.command}: listen tcp 0.0.0.0:${port}: bind: address already in use`);
      endRun(world, c, 1, '', false);
      return null;
    }
  }
  printStdout(c);
  if (c.profile.listenPort > 0) logLine(c, `${c.profile.command}: listening on ${c.network === 'host' ? '0.0.0.0' : c.ip}:${c.profile.listenPort}`);
  return null;
}

/** Whether dockerd's restart manager brings a container back after an exit with `exitCode`. */
function wantsRestart(c: Container, exitCode: number): boolean {
  switch (c.restartPolicy) {
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure':
      return exitCode !== 0 && (c.restartMaxRetries === 0 || c.restartCount < c.restartMaxRetries);
    default:
      return false;
  }
}

/**
 * The process ended (by itself, by a signal, or by the OOM killer). Applies the restart
 * policy: `always`/`unless-stopped` restart unless the user stopped it, `on-failure`
 * only after a non-zero exit and within its retry count. Each quick restart doubles
 * dockerd's delay; a run of 10 s or more resets it. A `--rm` container is deleted instead.
 */
export function endRun(world: World, c: Container, exitCode: number, error: string, oomKilled: boolean): void {
  c.state = 'exited';
  c.exitCode = exitCode;
  c.oomKilled = oomKilled;
  c.error = error;
  c.finishedTick = world.tick;
  c.metrics.cpuDemandMillis = 0;
  c.metrics.cpuUsedMillis = 0;
  c.metrics.memoryUsageMiB = 0;
  if (c.metrics.uptimeTicks >= RESTART_RESET_TICKS) c.restartBackoff = 0;
  if (c.stoppedByUser || !wantsRestart(c, exitCode)) {
    // `--rm`: the exited container is deleted (safe while a caller iterates the Map).
    if (c.autoRemove) world.containers.delete(c.id);
    return;
  }
  c.state = 'restarting';
  c.restartAtTick = world.tick + dockerRestartDelayTicks(c.restartBackoff);
  c.restartBackoff++;
  c.restartCount++;
}

/** `docker stop`: SIGTERM; the game's apps handle it and exit 0. The restart policy leaves it alone. */
export function stopContainer(world: World, c: Container): void {
  c.stoppedByUser = true;
  if (c.state === 'running') {
    logLine(c, `${c.profile.command}: received SIGTERM, shutting down`);
    endRun(world, c, 0, '', false);
  } else if (c.state === 'restarting') {
    c.state = 'exited';
  }
}

/**
 * `docker kill`: a signal from outside the container's PID namespace, which even its
 * PID 1 cannot ignore when it is SIGKILL (exit 128 + signal number).
 */
export function killContainer(world: World, c: Container, signal: number): void {
  c.stoppedByUser = true;
  if (c.state === 'running') endRun(world, c, 128 + signal, '', false);
  else if (c.state === 'restarting') c.state = 'exited';
}

/** `docker start`/`restart` by a user: dockerd resets its restart manager first. */
export function userStart(world: World, c: Container): string | null {
  const refused = startContainer(world, c);
  if (refused) return refused;
  c.restartBackoff = 0;
  c.restartCount = 0;
  return null;
}

/**
 * `docker rm`: the container and its writable layer are gone (whatever it wrote outside
 * a volume is lost); volumes stay. Disk accounting sums the remaining containers each tick.
 */
export function removeContainer(world: World, c: Container): void {
  world.containers.delete(c.id);
}

/**
 * The machine under a kernel goes down (kernel panic, host failure, power loss, VM power
 * off): every process on it dies where it stands with `exitCode` (255 after a crash).
 * Containers whose restart policy asks for it are left `restarting` and come back once
 * the kernel is up again (dockerd restores them at its start). Returns how many died.
 */
export function killContainersOnKernel(world: World, kernelId: string, exitCode: number, reason: string): number {
  let killed = 0;
  for (const c of world.containers.values()) {
    if (c.kernelId !== kernelId || c.state !== 'running') continue;
    logLine(c, `${c.profile.command}: killed (${reason})`);
    endRun(world, c, exitCode, reason, false);
    killed++;
  }
  return killed;
}

/**
 * Deletes every container of a machine whose disk is gone (a deleted VM), with its
 * local volumes and networks. Returns the number of containers removed.
 */
export function removeContainersOnTarget(world: World, targetId: string): number {
  let removed = 0;
  for (const c of [...world.containers.values()]) {
    if (c.targetId !== targetId) continue;
    world.containers.delete(c.id);
    removed++;
  }
  for (const [key, v] of [...world.volumes]) if (v.driver === 'local' && v.hostId === targetId) world.volumes.delete(key);
  for (const [key, n] of [...world.networks]) if (n.engine === targetId) world.networks.delete(key);
  return removed;
}

/**
 * Raw capacity a volume takes from the storage under it, MiB. A replicated volume (the
 * game's Ceph-like driver) keeps `replicas` full copies on different hosts, so it costs
 * replicas × its usage of the pool: that is the price of surviving a disk or host loss.
 */
export function volumeRawMiB(v: { driver: 'local' | 'replicated'; usedMiB: number; replicas: number }): number {
  return v.driver === 'replicated' ? v.usedMiB * Math.max(1, v.replicas) : v.usedMiB;
}
