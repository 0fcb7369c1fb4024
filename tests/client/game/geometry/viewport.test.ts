// Camera maths: zooming keeps the point under the pointer still, dragging moves the
// world with the pointer, fitting shows the whole rectangle, focusing centres it, and
// the centre never leaves the world.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampToWorld, fitRect, focusRect, panBy, screenToWorld, visibleRect, worldToScreen, zoomAround, zoomLimits, MAX_ZOOM, type Viewport } from '../../../../client/src/game/geometry/viewport.ts';

const view: Viewport = { cx: 500, cy: 300, zoom: 0.5, width: 1280, height: 720 };
const limits = { min: 0.05, max: MAX_ZOOM };

describe('viewport', () => {
  it('maps screen to world and back', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1280, noNaN: true }), fc.double({ min: 0, max: 720, noNaN: true }), fc.double({ min: 0.05, max: 2.5, noNaN: true }), (sx, sy, zoom) => {
        const v = { ...view, zoom };
        const w = screenToWorld(v, sx, sy);
        const back = worldToScreen(v, w.x, w.y);
        expect(back.x).toBeCloseTo(sx, 6);
        expect(back.y).toBeCloseTo(sy, 6);
      }),
    );
    expect(screenToWorld(view, 640, 360)).toEqual({ x: 500, y: 300 });
    expect(visibleRect(view)).toEqual({ x: 500 - 1280, y: 300 - 720, w: 2560, h: 1440 });
  });

  it('zooms about the pointer, within the limits', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1280, noNaN: true }), fc.double({ min: 0, max: 720, noNaN: true }), fc.double({ min: 0.2, max: 5, noNaN: true }), (sx, sy, factor) => {
        const before = screenToWorld(view, sx, sy);
        const next = zoomAround(view, factor, sx, sy, limits);
        const after = screenToWorld(next, sx, sy);
        expect(after.x).toBeCloseTo(before.x, 6);
        expect(after.y).toBeCloseTo(before.y, 6);
        expect(next.zoom).toBeGreaterThanOrEqual(limits.min);
        expect(next.zoom).toBeLessThanOrEqual(limits.max);
      }),
    );
    expect(zoomAround(view, 100, 0, 0, limits).zoom).toBe(MAX_ZOOM);
  });

  it('moves the world with a drag', () => {
    const grabbed = screenToWorld(view, 100, 100);
    const moved = panBy(view, 40, -25);
    const now = screenToWorld(moved, 140, 75);
    expect(now.x).toBeCloseTo(grabbed.x, 9);
    expect(now.y).toBeCloseTo(grabbed.y, 9);
  });

  it('fits a rectangle on screen and focuses on one readably', () => {
    const rect = { x: 100, y: 200, w: 8000, h: 3000 };
    const fit = fitRect(rect, 1280, 720, limits);
    const seen = visibleRect(fit);
    expect(seen.x).toBeLessThanOrEqual(rect.x);
    expect(seen.y).toBeLessThanOrEqual(rect.y);
    expect(seen.x + seen.w).toBeGreaterThanOrEqual(rect.x + rect.w);
    expect(seen.y + seen.h).toBeGreaterThanOrEqual(rect.y + rect.h);
    const tile = { x: 4000, y: 1000, w: 74, h: 24 };
    const focused = focusRect(fit, tile, limits);
    expect(focused.cx).toBe(4037);
    expect(focused.cy).toBe(1012);
    expect(focused.zoom).toBeGreaterThanOrEqual(1);
    const rack = focusRect(fit, { x: 0, y: 0, w: 300, h: 9000 }, limits);
    expect(visibleRect(rack).h).toBeGreaterThanOrEqual(9000 * 0.99);
  });

  it('lets the world be zoomed out until it fits, and keeps the centre over it', () => {
    const bounds = { x: 0, y: 0, w: 10_000, h: 5_000 };
    const l = zoomLimits(bounds, 1280, 720);
    expect(l.min).toBeLessThan(Math.min(1280 / 10_000, 720 / 5_000));
    expect(l.max).toBe(MAX_ZOOM);
    const lost = clampToWorld({ ...view, cx: -900, cy: 99_999 }, bounds);
    expect([lost.cx, lost.cy]).toEqual([0, 5_000]);
  });
});
