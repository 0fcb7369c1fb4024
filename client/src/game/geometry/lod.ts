// Level of detail from the zoom. Far: each rack is one picture drawn at a low
// resolution (containers are 1–3 px cells, no text). Near: each visible host is its own
// picture at a resolution that matches the zoom, with status glyphs, then labels, then
// container names as the zoom grows. Thresholds have hysteresis so a zoom hovering at
// a boundary does not redraw everything every frame.

export interface Detail {
  /** 'far' draws racks; the others draw hosts one by one. */
  tier: 'far' | 'glyphs' | 'labels' | 'names';
  /** Texture pixels per world unit for host pictures (far: see farResolution). */
  resolution: number;
  /** Status glyphs on tiles, hosts and VMs. */
  glyphs: boolean;
  /** Host, VM, kernel and bar labels. */
  labels: boolean;
  /** Container names in their tiles. */
  names: boolean;
}

const TIERS: readonly (Detail & { from: number })[] = [
  { tier: 'far', from: 0, resolution: 0, glyphs: false, labels: false, names: false },
  { tier: 'glyphs', from: 0.3, resolution: 0.5, glyphs: true, labels: false, names: false },
  { tier: 'labels', from: 0.5, resolution: 1, glyphs: true, labels: true, names: false },
  { tier: 'names', from: 0.9, resolution: 2, glyphs: true, labels: true, names: true },
];

/** Relative margin a zoom must cross past a threshold before the tier changes. */
export const HYSTERESIS = 0.06;

/** The detail for `zoom`, staying in `previous` tier while within the hysteresis band. */
export function chooseDetail(zoom: number, previous?: Detail['tier']): Detail {
  let index = 0;
  for (let i = 0; i < TIERS.length; i++) if (zoom >= (TIERS[i] as { from: number }).from) index = i;
  const prev = TIERS.findIndex((t) => t.tier === previous);
  if (prev >= 0 && prev !== index) {
    const lower = (TIERS[prev] as { from: number }).from;
    const upper = (TIERS[prev + 1] as { from: number } | undefined)?.from ?? Infinity;
    if (zoom >= lower * (1 - HYSTERESIS) && zoom < upper * (1 + HYSTERESIS)) index = prev;
  }
  const { from: _from, ...detail } = TIERS[index] as Detail & { from: number };
  return detail;
}

/**
 * Texture pixels per world unit for far rack pictures: the power of two at or above the
 * zoom (so a picture is never magnified more than twice), between 1/64 and 1/2.
 */
export function farResolution(zoom: number): number {
  const exp = Math.ceil(Math.log2(Math.max(zoom, 1e-6)));
  return 2 ** Math.min(-1, Math.max(-6, exp));
}
