// Level of detail: far pictures when zoomed out, then glyphs, labels and names as the
// zoom grows; a zoom hovering at a threshold keeps its tier; far pictures are never
// magnified more than twice and stay within texture limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HYSTERESIS, chooseDetail, farResolution } from '../../../../client/src/game/geometry/lod.ts';

describe('level of detail', () => {
  it('adds glyphs, then labels, then names as the zoom grows', () => {
    expect(chooseDetail(0.05)).toMatchObject({ tier: 'far', glyphs: false, labels: false, names: false });
    expect(chooseDetail(0.35)).toMatchObject({ tier: 'glyphs', glyphs: true, labels: false });
    expect(chooseDetail(0.7)).toMatchObject({ tier: 'labels', labels: true, names: false });
    expect(chooseDetail(1.2)).toMatchObject({ tier: 'names', names: true });
    const tiers = [0.01, 0.1, 0.29, 0.31, 0.6, 0.95, 2.5].map((z) => chooseDetail(z).resolution);
    expect([...tiers].sort((a, b) => a - b)).toEqual(tiers);
  });

  it('keeps the previous tier near a threshold', () => {
    expect(chooseDetail(0.3 * (1 - HYSTERESIS / 2), 'glyphs').tier).toBe('glyphs');
    expect(chooseDetail(0.3 * (1 - HYSTERESIS / 2)).tier).toBe('far');
    expect(chooseDetail(0.3 * (1 + HYSTERESIS / 2), 'far').tier).toBe('far');
    expect(chooseDetail(0.3 * (1 - 2 * HYSTERESIS), 'glyphs').tier).toBe('far');
    expect(chooseDetail(0.9 * (1 + 2 * HYSTERESIS), 'labels').tier).toBe('names');
  });

  it('draws far pictures at a power of two no finer than 1/2 and not magnified past 2×', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.016, max: 0.35, noNaN: true }), (zoom) => {
        const res = farResolution(zoom);
        expect(Number.isInteger(Math.log2(res))).toBe(true);
        expect(res).toBeLessThanOrEqual(0.5);
        expect(zoom / res).toBeLessThanOrEqual(1);
        expect(res / zoom).toBeLessThanOrEqual(2);
      }),
    );
    expect(farResolution(0.001)).toBe(1 / 64);
  });
});
