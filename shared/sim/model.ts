// The plain data model of the simulated datacenter. Data only: every rule lives in
// commands/ and systems/. Units: CPU in millicores, memory and disk in MiB, bandwidth
// in MiB per game second, time in ticks (one tick is one game second).

import type { Cluster } from './k8s/model.ts';
import type { Service } from './services/model.ts';
import type { Ops } from './ops/model.ts';
import type { Economy } from './economy/model.ts';
import type { LevelState } from './level/model.ts';

export type OsKind = 'linux' | 'windows';
export type HypervisorType = 'type1' | 'type2';

/** What a physical host runs directly on its hardware. */
export type HostRole = 'container-host' | 'hypervisor';

export interface HostType {
  name: string;
  cores: number;
  memoryMiB: number;
  diskMiB: number;
  /** NIC bandwidth in Mbit/s, as NICs are sold (1000 = 1 GbE). */
  nicMbps: number;
  /** Price to buy one, in game dollars. */
  price: number;
  /** Running cost per game hour (power, space), in game dollars. */
  costPerHour: number;
}

export interface Rack {
  id: string;
  /** Power feed state; a rack power loss takes every host in it down. */
  powered: boolean;
}

export type HostState = 'up' | 'down';

export interface Host {
  id: string;
  /** Dense index for the per-tick scratch arrays; never reused. */
  index: number;
  rack: string;
  type: string;
  cores: number;
  memoryMiB: number;
  diskMiB: number;
  nicMbps: number;
  role: HostRole;
  hypervisor: HypervisorType | null;
  state: HostState;
  cordoned: boolean;
  /** NIC or switch failure: the host runs but nothing reaches it (traffic, heartbeats, probes). */
  partitioned?: boolean;
  /** The kernel of the OS running on the hardware (bare-metal OS or a type-2 host OS); null for type 1. */
  kernelId: string | null;
  /** Swap space in MiB (hypervisor hosts page guests out to it when RAM is overcommitted). */
  swapMiB: number;
  /** The local docker image store of a container host (unused on a hypervisor host). */
  store: ImageStore;
  /** Derived each tick: readings a player sees in `host inspect`. */
  metrics: HostMetrics;
}

/** A docker engine's local images: layer blobs on its disk and the tags pointing at images. */
export interface ImageStore {
  /** Layer digests on disk, in arrival order. */
  layers: string[];
  /** Sum of those layers' sizes, MiB (kept in step with `layers`). */
  layersMiB: number;
  /** `repo:tag` → image id. */
  tags: Record<string, string>;
}

export interface HostMetrics {
  cpuDemandMillis: number;
  cpuUsedMillis: number;
  memoryUsedMiB: number;
  /** RAM promised to VMs and the hypervisor beyond physical RAM (type 1/2 hosts). */
  memoryOvercommitMiB: number;
  swapUsedMiB: number;
  diskUsedMiB: number;
  /** Bandwidth in use on the physical NIC, MiB per game second. */
  nicUsedMiBps: number;
}

export type VmState = 'booting' | 'running' | 'shutting-down' | 'shut-off' | 'crashed';

export interface Vm {
  id: string;
  index: number;
  name: string;
  hostId: string;
  vcpus: number;
  memoryMiB: number;
  os: OsKind;
  state: VmState;
  /** Boot or shutdown progress in millionths of the work needed; advanced by the CPU the guest gets. */
  progress: number;
  kernelId: string;
  /** Size of the VM's virtual disk image on the host, MiB. */
  diskMiB: number;
  createdTick: number;
  stateSinceTick: number;
  /** Docker engine image store inside the guest (a Linux VM can run containers). */
  store: ImageStore;
  metrics: VmMetrics;
}

export interface VmMetrics {
  diskUsedMiB: number;
  cpuDemandMillis: number;
  cpuUsedMillis: number;
  /** Share of wanted CPU time the guest waited for a physical CPU, per-mille (steal time). */
  stealPermille: number;
  /** Share of guest memory paged out to the host's swap, per-mille. */
  swappedPermille: number;
  memoryUsedMiB: number;
}

export interface Kernel {
  id: string;
  index: number;
  os: OsKind;
  /** `uname -r` as containers on it would print it. */
  release: string;
  /** Which machine runs it: a bare-metal host or a VM. */
  owner: { kind: 'host' | 'vm'; id: string };
  state: 'up' | 'panicked' | 'off';
  /** Kernel ring buffer (`dmesg`): OOM kills and panics are reported here, not in app logs. */
  log: string[];
  /** Next private IP suffix handed out on this kernel's docker0 bridge. */
  nextBridgeIp: number;
}

export interface Layer {
  digest: string;
  /** Compressed size on the wire and on disk, MiB (0 for metadata-only steps). */
  sizeMiB: number;
  /** The recipe step that made it, as `docker history` shows it. */
  createdBy: string;
  /** A secret that was written into this layer (leaks with the image). */
  secret?: string;
  /** Tick it was built or committed (absent: came with the scenario, days old). */
  createdTick?: number;
  /** `docker commit -m` message, shown in the COMMENT column of `docker history`. */
  comment?: string;
}

/** What a process started from an image does; lets the simulation run it without a script. */
export interface WorkloadProfile {
  /** CPU the process wants when busy, millicores. */
  cpuMillis: number;
  /** Resident memory right after start, MiB. */
  memoryMiB: number;
  /** Memory growth per tick, MiB (a leak or an unbounded cache). */
  memoryGrowthMiB: number;
  /** Writes to the writable layer (or to a volume mounted at `dataPath`) per tick, KiB. */
  writeKiB: number;
  /** Port the process listens on inside its network namespace (0 = none). */
  listenPort: number;
  /** Path where the app keeps its data, if any (a volume mounted there takes the writes). */
  dataPath?: string;
  /** Name of the main process, as `ps` shows it. */
  command: string;
  /** Extra processes the image starts, as `ps` inside the container shows them. */
  workers?: number;
  /** Exits by itself after this many ticks of running (batch jobs), with code 0. */
  exitAfterTicks?: number;
  /** Serves the registry HTTP API when running (`registry:2`). */
  registry?: boolean;
  /** Dies with exit 1 (a stack trace in its log) after this many ticks of running: a bad release or an app bug. */
  crashAfterTicks?: number;
  /** What it prints when it dies that way (default: its runtime's stack trace for a bug). */
  crashLog?: string[];
  /** Service time multiplier, per-mille (1000 = normal; a slow release is > 1000). */
  latencyFactorPermille?: number;
  /** Share of requests answered with errors (HTTP 500), per-mille. */
  errorPermille?: number;
  /** Ticks after start before it answers requests (readiness). */
  readyAfterTicks?: number;
  /** Lines the process prints each time it starts (`docker run … echo hi`). */
  stdout?: string[];
  /** A program `docker run` asked for that the image does not contain: runc cannot exec it. */
  notFound?: string;
}

export interface Image {
  /** Content id (sha256 of the config), stable across tags. */
  id: string;
  /** Bottom-to-top ordered layer digests. */
  layers: string[];
  os: OsKind;
  profile: WorkloadProfile;
  /** Tick of the build (0 for scenario images). */
  createdTick: number;
  env: Record<string, string>;
}

/** A registry: the public one, or a private `registry:2` container serving at host:port. */
export interface Registry {
  /** `docker.io` or `<host>:<port>` */
  id: string;
  kind: 'public' | 'private';
  /** The container serving a private registry (its availability follows that container). */
  containerId: string | null;
  available: boolean;
  /** What it answers every pull with while it refuses them (`toomanyrequests: …` when rate-limited). */
  pullError?: string;
  /** Per-layer download speed cap from the registry side, MiB per game second. */
  perLayerMiBps: number;
  /**
   * Bandwidth every stream to or from this registry shares, per direction, MiB per game
   * second: the datacenter's internet uplink on the way to docker.io. Absent: no shared cap.
   */
  sharedMiBps?: number;
  /** repo:tag → image id */
  tags: Record<string, string>;
  blobs: string[];
}

export type ContainerState =
  | 'created'
  | 'pulling'
  | 'running'
  | 'restarting'
  | 'exited'
  | 'dead';

export type RestartPolicy = 'no' | 'always' | 'on-failure' | 'unless-stopped';

export interface PortBinding {
  hostPort: number;
  containerPort: number;
}

export interface VolumeMount {
  volume: string;
  path: string;
}

export interface Container {
  /** 64-hex id, as docker prints it (short form is the first 12). */
  id: string;
  index: number;
  name: string;
  imageRef: string;
  imageId: string;
  /** Host or VM the container was run on (`-H`). */
  targetId: string;
  /** The physical host under it (itself for bare metal, the VM's host otherwise). */
  hostId: string;
  kernelId: string;
  /** Dense index of that kernel, for the per-tick scratch arrays. */
  kernelIndex: number;
  state: ContainerState;
  exitCode: number;
  oomKilled: boolean;
  /** Why the last run ended, in the kernel's or the runtime's words (shown in logs/inspect). */
  error: string;
  createdTick: number;
  startedTick: number;
  finishedTick: number;
  restartCount: number;
  restartPolicy: RestartPolicy;
  /** `on-failure:N`: restarts allowed before dockerd gives up (0 = no maximum). */
  restartMaxRetries: number;
  /** Consecutive quick restarts: dockerd's back-off doubles with each (reset after 10 s up). */
  restartBackoff: number;
  /** argv of the main process: the image's CMD, or the command given to `docker run`. */
  cmd: string[];
  /** `--memory-swap`, MiB: memory plus swap allowed (0 = unset, -1 = unlimited). */
  memorySwapMiB: number;
  /** `--rm`: dockerd deletes the container (and its writable layer) when it exits. */
  autoRemove: boolean;
  /** Tick at which a `restarting` container comes back (docker's back-off). */
  restartAtTick: number;
  /** CFS quota, millicores (0 = unlimited). */
  cpuLimitMillis: number;
  /** cgroup memory.max, MiB (0 = unlimited). */
  memoryLimitMiB: number;
  oomScoreAdj: number;
  ports: PortBinding[];
  network: string;
  ip: string;
  userns: boolean;
  env: Record<string, string>;
  /** Metadata (`--label k=v`): load balancers and the orchestrator select containers by label. */
  labels: Record<string, string>;
  mounts: VolumeMount[];
  profile: WorkloadProfile;
  /** Set by the user with `docker stop`: the restart policy leaves it alone. */
  stoppedByUser: boolean;
  /** Pull job this container waits for before it can start. */
  waitingForJob: string | null;
  metrics: ContainerMetrics;
  logs: string[];
}

export interface ContainerMetrics {
  cpuDemandMillis: number;
  cpuUsedMillis: number;
  /** Share of wanted CPU denied by the container's own CFS quota, per-mille. */
  throttledPermille: number;
  /** Share of wanted CPU denied by contention on its kernel or host, per-mille. */
  starvedPermille: number;
  memoryUsageMiB: number;
  writableMiB: number;
  /** Ticks of running since the last start. */
  uptimeTicks: number;
  /** CPU spent serving requests this tick, millicores (set by the traffic system; added to the idle CPU). */
  trafficCpuMillis: number;
  /** Requests per second the load balancer sends to this container. */
  offeredRps: number;
  /** Requests per second it answered in time. */
  servedRps: number;
}

/**
 * A docker network. The built-in ones (bridge, host, none) exist on every engine; a
 * user-defined network belongs to the engine it was created on and is keyed
 * `${engine}/${name}` in World.networks.
 */
export interface Network {
  /** 64-hex id, as `docker network create` prints it (absent on the built-in ones: derived). */
  id?: string;
  /** Host or VM whose engine owns it (absent on the built-in ones). */
  engine?: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  subnet: string;
  /** Next host part handed out in the subnet. */
  nextIp: number;
  builtin: boolean;
}

/**
 * A docker volume. A local volume belongs to one engine and lives on that machine's disk
 * (keyed `${engine}/${name}`); a replicated one is reachable from every engine (keyed by name).
 */
export interface Volume {
  name: string;
  driver: 'local' | 'replicated';
  /** Host or VM whose disk holds a local volume (its engine's machine); null for a replicated one. */
  hostId: string | null;
  usedMiB: number;
  /** Copies kept by a replicated volume. */
  replicas: number;
  /** What a `registry:2` container keeps under /var/lib/registry when this volume is mounted there. */
  registry?: { tags: Record<string, string>; blobs: string[] };
  /** Tick its data was lost to a failed disk (absent: never); a level's volume-data-kept objective reads it. */
  dataLostTick?: number;
}

/** A layer download in flight (part of a pull job). */
export interface Transfer {
  digest: string;
  sizeMiB: number;
  /** Progress in KiB, so slow links still move each tick. */
  doneKiB: number;
  started: boolean;
}

/**
 * Long-running work started by a command (a pull, a push, a build): the command's
 * answer is given when the job finishes, as a real terminal blocks until then.
 */
export interface Job {
  id: string;
  kind: 'pull' | 'push';
  /** Machine whose NIC carries the transfer (host or VM id). */
  targetId: string;
  registryId: string;
  imageRef: string;
  imageId: string;
  transfers: Transfer[];
  /** Lines printed before the per-layer lines. */
  header: string[];
  /** The command that asked for it, so the answer reaches the right player. */
  commandId: string | null;
  /** Who ran that command, and its line (for the answer event). */
  actor: string;
  line: string;
  /** Containers to start when the pull is done (`docker run` of a missing image). */
  thenStart: string[];
  /** A `docker build` waiting for this pull of its FROM image; it runs when the pull ends. */
  thenBuild?: PendingBuild | null;
  /** `docker pull -q`: answer with the reference only. */
  quiet?: boolean;
  /** Output of the command that started the job, to which the job's own lines are added. */
  startedTick: number;
  state: 'running' | 'done' | 'failed';
  error: string;
}

/** A `docker build` request, kept while its base image is being pulled. */
export interface PendingBuild {
  /** Scenario recipe name, or '' for an inline Dockerfile. */
  recipe: string;
  /** The inline Dockerfile text (when `recipe` is ''). */
  text: string;
  /** `-t` references, as stored (`shop/web:dev`). */
  tags: string[];
  noCache: boolean;
  quiet: boolean;
  /** `--build-arg` values as `KEY=value`, in the order given. */
  buildArgs: string[];
  /** Output of base-image pulls done for this build so far (shown under their FROM step). */
  pulled: { ref: string; lines: string[] }[];
  /** How many of the waiting pull job's header lines are the build's own output. */
  prefixLines: number;
}

export interface RecipeFile {
  sizeMiB: number;
  /** Bumped when the file changes; part of the COPY layer's cache key. */
  version: number;
}

export interface Recipe {
  name: string;
  text: string;
  /** Files of the build context COPY can use (name → size and version). */
  files: Record<string, RecipeFile>;
  /** What the built image's process does; defaults to the base image's. */
  profile?: Partial<WorkloadProfile>;
  /** Sizes of RUN steps the package catalogue cannot guess (step text → MiB). */
  stepSizes: Record<string, number>;
}

export interface LogEntry {
  /** Position in the log since the world began (never reused). */
  seq: number;
  tick: number;
  actor: string;
  line: string;
  ok: boolean;
}

export interface Scenario {
  id: string;
  title: { en: string; ko: string };
  /** Unlocked command families (`host`, `vm`, `docker`, …) or `*`. */
  unlocked: string[];
  defaultDockerHost: string;
}

export interface World {
  /** The orchestrator's objects (disabled in scenarios without one). */
  k8s: Cluster;
  /** Customer-facing services, by name. */
  services: Map<string, Service>;
  /** Incidents, alerts, metric histories. */
  ops: Ops;
  economy: Economy;
  level: LevelState;
  seed: number;
  tick: number;
  /** xorshift32 state; the only randomness. */
  rng: number;
  /** Next serial number for ids; never decreases, ids are never reused. */
  nextSerial: number;
  scenario: Scenario;
  hostTypes: Record<string, HostType>;
  racks: Map<string, Rack>;
  hosts: Map<string, Host>;
  vms: Map<string, Vm>;
  kernels: Map<string, Kernel>;
  /** Keyed by container id: names are unique per engine only, as with docker. */
  containers: Map<string, Container>;
  layers: Map<string, Layer>;
  images: Map<string, Image>;
  registries: Map<string, Registry>;
  networks: Map<string, Network>;
  volumes: Map<string, Volume>;
  jobs: Map<string, Job>;
  recipes: Map<string, Recipe>;
  /** Build cache, per engine: `${targetId}|${parentDigest}|${step}|${contentKey}` → layer digest. */
  buildCache: Map<string, string>;
  /** Counter for dense indexes of hosts, VMs, kernels and containers. */
  nextIndex: { host: number; vm: number; kernel: number; container: number };
  /** Shared log of every command run (who ran what, when). Bounded. */
  commandLog: LogEntry[];
  /** Sequence number of the next log entry (separate from nextSerial: logging a refused command must not shift ids). */
  logSeq: number;
}
