// Calibration of the simulation against the real systems. Every figure here is a
// game value chosen to keep the direction and rough ratio of the real effect; the
// comment says what it stands for (see GAME_DESIGN.md, appendix).
import type { HypervisorType, OsKind } from './model.ts';

/** One tick is one game second. */
export const TICK_SECONDS = 1;

export interface GuestOsSpec {
  /** RAM the guest OS itself keeps resident (kernel, init, services), MiB. */
  memoryMiB: number;
  /** CPU an idle guest burns (timers, services), millicores. */
  idleCpuMillis: number;
  /** Ticks to boot with an uncontended CPU: BIOS/UEFI, kernel, init (cloud VMs: ~25–60 s). */
  bootTicks: number;
  /** Ticks for an orderly ACPI shutdown. */
  shutdownTicks: number;
  /** Virtual disk size allocated on the host (thick-provisioned), MiB. */
  diskMiB: number;
  /** Space the installed OS takes inside that disk, MiB. */
  osDiskMiB: number;
  /** Licence cost per VM per game hour (Windows Server is licensed per VM; Linux is free). */
  licencePerHour: number;
  /** `uname -r` (Linux) or the build number (Windows). */
  kernelRelease: string;
}

export const GUEST_OS: Record<OsKind, GuestOsSpec> = {
  linux: {
    memoryMiB: 512,
    idleCpuMillis: 20,
    bootTicks: 30,
    shutdownTicks: 5,
    diskMiB: 20 * 1024,
    osDiskMiB: 2 * 1024,
    licencePerHour: 0,
    kernelRelease: '5.15.0-91-generic',
  },
  windows: {
    memoryMiB: 2048,
    idleCpuMillis: 100,
    bootTicks: 55,
    shutdownTicks: 15,
    diskMiB: 40 * 1024,
    osDiskMiB: 14 * 1024,
    licencePerHour: 0.5,
    kernelRelease: '10.0.20348',
  },
};

export interface HypervisorSpec {
  /** Share of the host's CPU the hypervisor layer costs, per-mille (type 1: a few %). */
  cpuOverheadPermille: number;
  /** RAM the hypervisor (type 1) or the host OS plus the hypervisor app (type 2) keeps, MiB. */
  memoryMiB: number;
  /** Per-VM bookkeeping: device emulation, page tables (~KubeVirt: 218 MiB + 8 MiB/vCPU, scaled). */
  perVmMiB: number;
  perVcpuMiB: number;
  /** Extra boot work of a type-2 guest, per-mille (its I/O goes through the host OS). */
  bootPenaltyPermille: number;
  /** Disk the hypervisor (type 1) or the host OS with its hypervisor app (type 2) takes, MiB. */
  osDiskMiB: number;
}

export const HYPERVISOR: Record<HypervisorType, HypervisorSpec> = {
  type1: { cpuOverheadPermille: 30, memoryMiB: 1024, perVmMiB: 64, perVcpuMiB: 8, bootPenaltyPermille: 0, osDiskMiB: 4 * 1024 },
  type2: { cpuOverheadPermille: 120, memoryMiB: 3072, perVmMiB: 128, perVcpuMiB: 8, bootPenaltyPermille: 200, osDiskMiB: 12 * 1024 },
};

/** A bare-metal Linux container host: the OS, containerd and the kubelet-like agents. */
export const CONTAINER_HOST_OS = {
  memoryMiB: 768,
  cpuMillis: 100,
  osDiskMiB: 8 * 1024,
  kernelRelease: '6.1.0-18-amd64',
};

/** Ticks from `docker run` to a running process once the image is present (~0.6–1.2 s). */
export const CONTAINER_START_TICKS = 1;

/** dockerd's `max-concurrent-downloads` default: layers of one pull fetched at once. */
export const MAX_CONCURRENT_DOWNLOADS = 3;

/** Per-layer download speed from a public registry (~25 MB/s per layer, containerd #8160). */
export const PUBLIC_REGISTRY_PER_LAYER_MIBPS = 24;

/** Per-layer speed from a registry inside the datacenter (~130 MB/s from a local cache). */
export const PRIVATE_REGISTRY_PER_LAYER_MIBPS = 124;

/** MiB per second carried by one Mbit/s of NIC line rate. */
export function nicMiBps(nicMbps: number): number {
  return (nicMbps * 1_000_000) / 8 / (1024 * 1024);
}

/**
 * dockerd's restart-policy delay: 100 ms doubling after each restart, capped at one
 * minute, reset once a container ran 10 s. Returned in whole ticks (at least one).
 */
export function dockerRestartDelayTicks(restartCount: number): number {
  const ms = Math.min(100 * 2 ** Math.min(restartCount, 20), 60_000);
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Ticks of healthy running after which dockerd forgets earlier restarts. */
export const RESTART_RESET_TICKS = 10;

/** Exit code of a process killed by SIGKILL (128 + 9): what the OOM killer sends. */
export const EXIT_SIGKILL = 137;

/** Exit code after SIGTERM (128 + 15), e.g. `docker stop` of a cooperative process. */
export const EXIT_SIGTERM = 143;

/** Private range docker gives its default bridge (docker0). */
export const DEFAULT_BRIDGE_SUBNET = '172.17.0.0/16';

/**
 * Copies a replicated volume keeps (Ceph's default pool `size` is 3): it survives the
 * loss of a disk or host, and costs three times its data in raw capacity.
 */
export const REPLICATED_VOLUME_COPIES = 3;

/** Lines kept per container log; older ones roll off as with a size-capped log driver. */
export const LOG_LINES_KEPT = 200;

/** Commands kept in the shared command log. */
export const COMMAND_LOG_KEPT = 500;

/** Size of a RUN step whose packages the catalogue does not know, MiB. */
export const UNKNOWN_RUN_STEP_MIB = 2;

/**
 * What a RUN that installs packages leaves in its layer besides the packages: package
 * index and cache files (apt lists are tens of MB unless the step cleans them up).
 */
export const PACKAGE_INSTALL_BASE_MIB = 8;

/**
 * Approximate installed sizes of common packages, MiB, used for RUN layers of recipes
 * (a runtime layer is 100+ MB, tools are a few MB).
 */
export const PACKAGE_SIZES_MIB: Record<string, number> = {
  python3: 110,
  'python3-pip': 40,
  nodejs: 160,
  npm: 40,
  'openjdk-17-jre': 200,
  'openjdk-17-jdk': 320,
  golang: 250,
  'build-essential': 230,
  gcc: 90,
  curl: 4,
  wget: 3,
  git: 35,
  nginx: 6,
  'ca-certificates': 1,
  postgresql: 60,
  redis: 8,
  vim: 30,
};

// --- The orchestrator (Kubernetes defaults; kubernetes.io docs and component references) ---

/** Kubelet `node-status-update-frequency`: a node posts its status every 10 s. */
export const K8S_HEARTBEAT_TICKS = 10;

/** kube-controller-manager `node-monitor-grace-period` (40 s): no heartbeat for longer → NotReady. */
export const K8S_NODE_GRACE_TICKS = 40;

/** kube-controller-manager `node-monitor-period`: the node controller looks every 5 s. */
export const K8S_NODE_MONITOR_TICKS = 5;

/** DefaultTolerationSeconds: pods tolerate an unreachable or not-ready node for 300 s. */
export const K8S_EVICTION_TOLERATION_TICKS = 300;

/** Kubelet crash-loop and image-pull back-off: 10 s doubling, capped at 300 s (pod-lifecycle docs). */
export const K8S_BACKOFF_INITIAL_SECONDS = 10;
export const K8S_BACKOFF_MAX_SECONDS = 300;

/** A back-off entry is forgotten once 2 × the cap passes without a new failure (10 min of running). */
export const K8S_BACKOFF_RESET_TICKS = 600;

/** Kubelet `maxPods` default. */
export const K8S_MAX_PODS = 110;

/** `terminationGracePeriodSeconds` default: SIGTERM, then SIGKILL after 30 s. */
export const K8S_TERMINATION_GRACE_TICKS = 30;

/** How long the game's apps take to drain and exit after SIGTERM (well inside the grace period). */
export const K8S_APP_SHUTDOWN_TICKS = 2;

/** kube-scheduler's longest back-off before an unschedulable pod is tried again (podMaxBackoffSeconds). */
export const K8S_SCHEDULER_RETRY_TICKS = 10;

/** Events kept by the API server (its TTL is 1 h; the game also caps the count). */
export const K8S_EVENTS_KEPT = 1000;
export const K8S_EVENT_TTL_TICKS = 3600;

/** kube-scheduler's default requests for scoring a pod that sets none: 100m CPU, 200 MB. */
export const K8S_DEFAULT_CPU_REQUEST_MILLIS = 100;
export const K8S_DEFAULT_MEMORY_REQUEST_MIB = 191;

/** Memory the kubelet keeps free for its hard eviction threshold (`memory.available<100Mi`). */
export const K8S_EVICTION_HARD_MIB = 100;
