// Calibration of the services model: how a backend's load turns into latency, timeouts
// and slow requests. Game values that keep the direction and rough ratio of the real
// effect; each comment says what it stands for.

/** Ticks after start before a process answers its first health check (~1–3 s for a web app). */
export const DEFAULT_READY_AFTER_TICKS = 2;

/**
 * Utilisation (per-mille) past which a backend's queue grows without bound: requests
 * beyond 95 % of its capacity wait past the client's deadline and time out, as an
 * overloaded server's accept queue overflows.
 */
export const SATURATION_PERMILLE = 950;

/**
 * Most a busy kernel's run queue stretches service time, per-mille of it: a request's
 * thread waits for a CPU behind other runnable threads (Linux PSI "cpu some"). 1000 =
 * up to twice as slow when the kernel is asked for twice the CPU it has.
 */
export const RUN_QUEUE_WAIT_MAX_PERMILLE = 1000;

/** A backend counts for the service's p95 when it carries at least this share of the requests, per-mille. */
export const P95_SHARE_PERMILLE = 50;

/**
 * Share of requests slower than x × p95 for an exponential tail (M/M/1 response time):
 * 20^(-x), per-million, at x = 0, 0.25, 0.5 … 3. Between points it is interpolated.
 */
export const TAIL_BEYOND_PPM: readonly number[] = [
  1_000_000, 472_871, 223_607, 105_737, 50_000, 23_644, 11_180, 5_287, 2_500, 1_182, 559, 264, 125,
];
/** Step of TAIL_BEYOND_PPM in x, per-mille. */
export const TAIL_STEP_PERMILLE = 250;
