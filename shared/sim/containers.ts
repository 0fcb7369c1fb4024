// Container lifecycle shared by the docker commands and the per-tick systems:
// creation (namespaces: own id, hostname, IP), start (port bindings), and the ways a
// run ends (exit, OOM kill, stop), with dockerd's restart policies.
import type { Container, PortBinding, RestartPolicy, VolumeMount, World, WorkloadProfile } from './model.ts';
import type { DockerTarget } from './machines.ts';
import { nextHex } from './rng.ts';
import { LOG_LINES_KEPT, RESTART_RESET_TICKS, dockerRestartDelayTicks } from './realism.ts';

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
  mounts: VolumeMount[];
  profile: WorkloadProfile;
}

/** Appends a line to a container's log, keeping the last LOG_LINES_KEPT. */
export function logLine(c: Container, line: string): void {
  c.logs.push(line);
  if (c.logs.length > LOG_LINES_KEPT) c.logs.splice(0, c.logs.length - LOG_LINES_KEPT);
}

/** An IP on the container's network: its own net namespace gets its own address. */
function allocateIp(world: World, target: DockerTarget, network: string): string {
  if (network === 'host') return '';
  if (network === 'none') return '';
  const custom = world.networks.get(network);
  if (custom && !custom.builtin) {
    const n = custom.nextIp++;
    const base = custom.subnet.split('.').slice(0, 2).join('.');
    return `${base}.${Math.floor(n / 254)}.${(n % 254) + 1}`;
  }
  // docker0 on this kernel: 172.17.0.2, .3, … (each engine has its own bridge).
  const n = target.kernel.nextBridgeIp++;
  return `172.17.${Math.floor(n / 254)}.${n % 254 || 254}`;
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
    restartAtTick: -1,
    cpuLimitMillis: spec.cpuLimitMillis,
    memoryLimitMiB: spec.memoryLimitMiB,
    oomScoreAdj: spec.oomScoreAdj,
    ports: spec.ports,
    network: spec.network,
    ip: allocateIp(world, target, spec.network),
    userns: spec.userns,
    env: spec.env,
    mounts: spec.mounts,
    profile: spec.profile,
    stoppedByUser: false,
    waitingForJob: null,
    metrics: { cpuDemandMillis: 0, cpuUsedMillis: 0, throttledPermille: 0, starvedPermille: 0, memoryUsageMiB: 0, writableMiB: 0, uptimeTicks: 0 },
    logs: [],
  };
  world.containers.set(c.name, c);
  return c;
}

/** True while the container's process exists (running or paused by nothing else). */
export function isRunning(c: Container): boolean {
  return c.state === 'running';
}

/** Another running container on the same machine that already holds `hostPort`. */
export function portHolder(world: World, targetId: string, hostPort: number, except: string): Container | null {
  for (const other of world.containers.values()) {
    if (other.name === except || other.targetId !== targetId || other.state !== 'running') continue;
    if (other.ports.some((p) => p.hostPort === hostPort)) return other;
    if (other.network === 'host' && other.profile.listenPort === hostPort) return other;
  }
  return null;
}

/**
 * Starts the container's process. Published ports are bound by dockerd before the
 * process starts, so a taken host port fails the start itself; with `--network host`
 * the process binds the host's own stack and fails at bind(), exiting with code 1.
 * Returns docker's error text when the start is refused.
 */
export function startContainer(world: World, c: Container): string | null {
  for (const p of c.ports) {
    if (portHolder(world, c.targetId, p.hostPort, c.name)) {
      return `driver failed programming external connectivity on endpoint ${c.name} (${c.id.slice(0, 64)}): Bind for 0.0.0.0:${p.hostPort} failed: port is already allocated`;
    }
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
    const holder = portHolder(world, c.targetId, c.profile.listenPort, c.name);
    if (holder) {
      logLine(c, `${c.profile.command}: bind() to 0.0.0.0:${c.profile.listenPort} failed (98: Address already in use)`);
      endRun(world, c, 1, 'bind: address already in use', false);
      return null;
    }
  }
  if (c.profile.listenPort > 0) logLine(c, `${c.profile.command}: listening on ${c.network === 'host' ? '0.0.0.0' : c.ip}:${c.profile.listenPort}`);
  return null;
}

/**
 * The process ended (by itself, by a signal, or by the OOM killer). Applies the restart
 * policy: `always`/`unless-stopped` restart unless the user stopped it, `on-failure`
 * only after a non-zero exit; each restart waits dockerd's doubling delay.
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
  if (c.stoppedByUser) return;
  const wantsRestart =
    c.restartPolicy === 'always' || c.restartPolicy === 'unless-stopped' || (c.restartPolicy === 'on-failure' && exitCode !== 0);
  if (!wantsRestart) return;
  if (c.metrics.uptimeTicks >= RESTART_RESET_TICKS) c.restartCount = 0;
  c.state = 'restarting';
  c.restartAtTick = world.tick + dockerRestartDelayTicks(c.restartCount);
  c.restartCount++;
}

/** `docker stop`: SIGTERM, the process exits (143 unless it handled it; the game's exit 0 for apps that do). */
export function stopContainer(world: World, c: Container): void {
  c.stoppedByUser = true;
  if (c.state === 'running') {
    logLine(c, `${c.profile.command}: received SIGTERM, shutting down`);
    endRun(world, c, 0, '', false);
  } else if (c.state === 'restarting') {
    c.state = 'exited';
  }
}
