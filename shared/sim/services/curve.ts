// The offered load of a service: a smooth daily curve from the base to the peak and
// back, scheduled spikes, seeded noise and an incident's traffic factor. Only +, −, ×, ÷
// on numbers (no transcendental Math functions), so every platform computes the same.
import type { Service, TrafficSpec } from './model.ts';

/**
 * Share of the way from base to peak at `tick`, 0..1: a bell (1 − u²)² of the distance
 * u from the peak in half-days, flat at the peak and at the trough like a cosine.
 */
export function dayShape(spec: TrafficSpec, tick: number): number {
  const day = spec.dayTicks;
  if (day <= 1) return 1;
  const half = day / 2;
  const into = (((tick - spec.peakAtTick) % day) + day) % day;
  const d = into > half ? day - into : into;
  const u = (half * half - d * d) / (half * half);
  return u * u;
}

/** Requests per second of the daily curve at `tick`, before spikes and noise. */
export function curveRps(spec: TrafficSpec, tick: number): number {
  return spec.baseRps + (spec.peakRps - spec.baseRps) * dayShape(spec, tick);
}

/** Product of the factors of the spikes under way at `tick`, per-mille (1000: none). */
export function spikePermille(spec: TrafficSpec, tick: number): number {
  let f = 1000;
  for (const s of spec.spikes) {
    if (tick >= s.atTick && tick < s.atTick + s.durationTicks) f = Math.round((f * s.factorPermille) / 1000);
  }
  return f;
}

/**
 * A uniform draw in [−noise, +noise] per-mille for (seed, service, tick): a counter-based
 * mix rather than world.rng, so the noise of one service neither depends on nor shifts
 * anything else drawn from the world's generator (container ids, incidents).
 */
export function noisePermille(seed: number, serviceIndex: number, tick: number, noise: number): number {
  if (noise <= 0) return 0;
  let h = (seed ^ Math.imul(serviceIndex + 1, 0x9e3779b1) ^ Math.imul(tick + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return (h % (2 * noise + 1)) - noise;
}

/** Whole requests per second offered to `service` at `tick` (curve × spikes × noise × incidents). */
export function offeredRps(seed: number, service: Service, serviceIndex: number, tick: number): number {
  const spec = service.traffic;
  const noise = noisePermille(seed, serviceIndex, tick, spec.noisePermille);
  const rps = (curveRps(spec, tick) * spikePermille(spec, tick) * (1000 + noise) * service.trafficFactorPermille) / 1e9;
  return rps > 0 ? Math.round(rps) : 0;
}
