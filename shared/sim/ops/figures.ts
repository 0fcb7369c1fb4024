// Calibration of incidents, alerting and monitoring: game values for how long real
// repairs, reboots and outages take and how monitoring systems evaluate rules. Each
// figure says what it stands for; ratios matter more than exact seconds.

/** Seconds from `host repair` to a working host: remote hands swap the part (~3 min, scaled down from hours) plus a server's POST and OS boot (~2 min). */
export const HOST_REPAIR_TICKS = 300;

/** Seconds a server takes to come back once power returns or a reboot starts: firmware POST and OS boot. */
export const HOST_BOOT_TICKS = 120;

/** Seconds to reinstall a host's OS from a known-good image (`host repair --reimage`), boot included. */
export const HOST_REIMAGE_TICKS = 420;

/** Seconds to replace a NIC or fix the switch port of a partitioned host. */
export const NIC_REPAIR_TICKS = 90;

/** A partition that nobody fixes heals after this long (a flapping switch port recovers). */
export const PARTITION_HEAL_TICKS = 1800;

/**
 * Seconds a panicked kernel sits before its machine reboots: servers set the
 * `kernel.panic` sysctl (seconds to wait, 0 = hang forever) or a hardware watchdog fires.
 */
export const PANIC_REBOOT_TICKS = 60;

/** Seconds until facilities restore a rack's power feed (a tripped breaker or a failed PDU). */
export const POWER_RESTORE_TICKS = 900;

/** Seconds a public registry outage lasts (Docker Hub incidents have lasted from minutes to hours). */
export const REGISTRY_OUTAGE_TICKS = 1200;

/**
 * Seconds until an anonymous pull rate limit lets pulls through again. Docker Hub counts
 * anonymous pulls per IP over 6 hours; the game shortens the window, keeping it long.
 */
export const RATE_LIMIT_TICKS = 1800;

/** Seconds a degraded replicated pool takes to re-create the lost copies (Ceph backfill). */
export const REPLICA_RECOVERY_TICKS = 240;

/** Memory a leaking process adds per second, MiB: enough to fill a few GiB in minutes. */
export const LEAK_MIB_PER_TICK = 8;

/** A crashing release dies after this many seconds of running (a panic under load). */
export const BAD_RELEASE_CRASH_TICKS = 90;

/** A misconfigured process exits this many seconds after it starts (fails its first connection). */
export const BAD_CONFIG_CRASH_TICKS = 2;

/** Service time multiplier of a slow release, per-mille (an N+1 query made every request 4× slower). */
export const SLOW_RELEASE_LATENCY_PERMILLE = 4000;

/** Share of requests a buggy release answers with HTTP 500, per-mille. */
export const BUGGY_RELEASE_ERROR_PERMILLE = 300;

/** How much a traffic spike multiplies a service's load, per-mille (a sale or a mention on the news). */
export const TRAFFIC_SPIKE_PERMILLE = 3000;

/** Seconds a traffic spike lasts. */
export const TRAFFIC_SPIKE_TICKS = 1200;

/** A disk-full log flood fills the free disk in about this many seconds. */
export const LOG_FLOOD_FILL_TICKS = 600;

/** vCPUs per core the busy VMs of a `vm-overcommit` bring a host to (2:1 with every guest busy). */
export const OVERCOMMIT_VCPU_RATIO = 2;

/** Seconds of good service before a spiked or slowed service counts as restored. */
export const SLO_RESTORED_TICKS = 60;

/** Alert rules run every this many seconds (Prometheus `evaluation_interval`, often 15 s, scaled). */
export const ALERT_EVAL_TICKS = 5;

/** Resolved alerts kept for `alerts --all`. */
export const RESOLVED_ALERTS_KEPT = 200;

/** Metric histories: one sample every this many seconds, this many samples (10 game minutes). */
export const HISTORY_EVERY_TICKS = 10;
export const HISTORY_CAPACITY = 60;

/** Above this many containers, only labelled ones (service backends, pods) are sampled. */
export const HISTORY_ALL_CONTAINERS_UP_TO = 200;
