// Quantisation and dead-bands of the readings the projector sends. A reading is rounded
// to a step and only re-sent when it moved at least a band away from what the client
// already has, so per-tick noise (one request more or less on a backend, a page of
// memory) costs no bandwidth while real movement still shows within a tick or two.
//
// Chosen on bench-10k (1,000 hosts, 4,000 VMs, 10,000 containers; measureProjection.ts):
// - Container CPU: 10 m steps; re-sent after a move of max(30 m, 5 % of its cap), where the
//   cap is its `--cpus` quota, or for an unlimited container its machine's CPU capped at one
//   core (so an unlimited container's band stays 50 m, not 2 % of a 32-core host). The
//   traffic system hands each backend whole requests round-robin, so a backend's CPU
//   jitters by one request's cost (15–20 m) from tick to tick; a 30 m floor rides that out.
// - Container memory: 4 MiB steps; re-sent after max(8 MiB, 2 % of its limit, or of its
//   current use when unlimited): a leak of 1 MiB/s shows every ~8 s, a 256 MiB limit
//   being approached every ~5 MiB.
// - Host and VM per-mille readings (CPU, memory, disk, NIC, swap, steal): 10 ‰ steps,
//   re-sent after a move of 20 ‰ (2 % of capacity), or at once when they reach 0 or the
//   top of the scale, so "idle" and "full" are never hidden by the band.
// - Request rates of services: whole requests, re-sent after a move of max(1, 0.5 %).
// Exact figures stay one command away (`docker stats`, `host inspect`, `service inspect`).

/** Container CPU step and smallest band, millicores. */
export const CPU_STEP_MILLIS = 10;
export const CPU_BAND_MIN_MILLIS = 30;
/** Band as a share of the CPU cap, per-mille. */
export const CPU_BAND_PERMILLE = 50;
/** Largest cap an unlimited container's band is taken from, millicores (one core). */
export const CPU_UNLIMITED_CAP_MILLIS = 1000;

/** Container memory step and smallest band, MiB. */
export const MEM_STEP_MIB = 4;
export const MEM_BAND_MIN_MIB = 8;
export const MEM_BAND_PERMILLE = 20;

/** Machine per-mille readings: step and band, per-mille. */
export const PERMILLE_STEP = 10;
export const PERMILLE_BAND = 20;

/** Service rates: band as a share of the rate, per-mille (at least one request). */
export const RATE_BAND_PERMILLE = 5;

/** `value` rounded to the nearest multiple of `step`, never negative. */
export function roundTo(value: number, step: number): number {
  return value <= 0 ? 0 : Math.round(value / step) * step;
}

/**
 * The value to show for `raw` given what is shown now: the rounded reading when it moved
 * at least `band` away (or reached zero), else the current one unchanged.
 */
export function deadBand(shown: number, raw: number, step: number, band: number): number {
  const next = roundTo(raw, step);
  if (next === shown) return shown;
  if (next === 0 || Math.abs(raw - shown) >= band) return next;
  return shown;
}

/** Band for a container's CPU reading, from its quota or (unlimited) its machine's CPU. */
export function cpuBand(limitMillis: number, machineMillis: number): number {
  const cap = limitMillis > 0 ? limitMillis : Math.min(machineMillis, CPU_UNLIMITED_CAP_MILLIS);
  return Math.max(CPU_BAND_MIN_MILLIS, Math.floor((cap * CPU_BAND_PERMILLE) / 1000));
}

/** Band for a container's memory reading, from its limit or (unlimited) its current use. */
export function memBand(limitMiB: number, usedMiB: number): number {
  const cap = limitMiB > 0 ? limitMiB : usedMiB;
  return Math.max(MEM_BAND_MIN_MIB, Math.floor((cap * MEM_BAND_PERMILLE) / 1000));
}

/** `used` of `capacity` in per-mille, clamped to [0, max] (0 when there is no capacity). */
export function permilleOf(used: number, capacity: number, max = 1000): number {
  if (!(capacity > 0) || !(used > 0)) return 0;
  return Math.min(max, Math.floor((used * 1000) / capacity));
}

/** A per-mille reading (already computed) after its step and band; `top` is the scale's end. */
export function bandPermille(shown: number, raw: number, top = 1000): number {
  if (raw >= top) return top;
  return deadBand(shown, raw, PERMILLE_STEP, PERMILLE_BAND);
}

/** A request rate: whole requests, re-sent after a move of max(1, 0.5 %). */
export function bandRate(shown: number, raw: number): number {
  const next = raw > 0 ? Math.round(raw) : 0;
  if (next === shown) return shown;
  const band = Math.max(1, Math.floor((Math.max(next, shown) * RATE_BAND_PERMILLE) / 1000));
  return next === 0 || Math.abs(next - shown) >= band ? next : shown;
}

/** `value` as an integer clamped to [0, max] (for uint8/uint16 fields). */
export function clampUint(value: number, max: number): number {
  if (!(value > 0)) return 0;
  return value >= max ? max : Math.floor(value);
}
