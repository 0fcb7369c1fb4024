// The camera as plain numbers: the world point at the centre of the canvas, the zoom
// (screen pixels per world unit) and the canvas size. Zooming about the pointer, panning,
// fitting and focusing are computed here and only applied to Phaser's camera, so the
// maths is tested without a browser. Screen coordinates are canvas-relative CSS pixels.
import type { Rect } from './rect.ts';

export interface Viewport {
  cx: number;
  cy: number;
  zoom: number;
  width: number;
  height: number;
}

export interface ZoomLimits {
  min: number;
  max: number;
}

/** Closest zoom-in allowed: tiles drawn at twice their size and a half. */
export const MAX_ZOOM = 2.5;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function visibleRect(v: Viewport): Rect {
  const w = v.width / v.zoom;
  const h = v.height / v.zoom;
  return { x: v.cx - w / 2, y: v.cy - h / 2, w, h };
}

export function screenToWorld(v: Viewport, sx: number, sy: number): { x: number; y: number } {
  return { x: v.cx + (sx - v.width / 2) / v.zoom, y: v.cy + (sy - v.height / 2) / v.zoom };
}

export function worldToScreen(v: Viewport, wx: number, wy: number): { x: number; y: number } {
  return { x: (wx - v.cx) * v.zoom + v.width / 2, y: (wy - v.cy) * v.zoom + v.height / 2 };
}

/** Zoom limits for a world: out until the whole world fits (with room to spare), in to MAX_ZOOM. */
export function zoomLimits(bounds: Rect, width: number, height: number): ZoomLimits {
  const fit = Math.min(width / Math.max(1, bounds.w), height / Math.max(1, bounds.h));
  return { min: Math.min(fit * 0.8, 1), max: MAX_ZOOM };
}

/** The centre stays over the world, so the datacenter cannot be lost off-screen. */
export function clampToWorld(v: Viewport, bounds: Rect): Viewport {
  return { ...v, cx: clamp(v.cx, bounds.x, bounds.x + bounds.w), cy: clamp(v.cy, bounds.y, bounds.y + bounds.h) };
}

/** Zooms by `factor`, keeping the world point under (sx, sy) where it is on screen. */
export function zoomAround(v: Viewport, factor: number, sx: number, sy: number, limits: ZoomLimits): Viewport {
  const zoom = clamp(v.zoom * factor, limits.min, limits.max);
  const anchor = screenToWorld(v, sx, sy);
  return { ...v, zoom, cx: anchor.x - (sx - v.width / 2) / zoom, cy: anchor.y - (sy - v.height / 2) / zoom };
}

/** Moves the view by a drag of (dx, dy) screen pixels: the world follows the pointer. */
export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return { ...v, cx: v.cx - dx / v.zoom, cy: v.cy - dy / v.zoom };
}

/** The whole of `rect` on screen, centred, with `margin` screen pixels around it. */
export function fitRect(rect: Rect, width: number, height: number, limits: ZoomLimits, margin = 24): Viewport {
  const zoom = clamp(Math.min((width - 2 * margin) / Math.max(1, rect.w), (height - 2 * margin) / Math.max(1, rect.h)), limits.min, limits.max);
  return { cx: rect.x + rect.w / 2, cy: rect.y + rect.h / 2, zoom, width, height };
}

/** Centres `rect` and zooms so it is comfortably readable (labels shown) but not huge. */
export function focusRect(v: Viewport, rect: Rect, limits: ZoomLimits): Viewport {
  const fits = Math.min((0.7 * v.width) / Math.max(1, rect.w), (0.7 * v.height) / Math.max(1, rect.h));
  const zoom = clamp(Math.min(fits, 1.4), Math.max(limits.min, Math.min(0.7, fits)), limits.max);
  return { ...v, zoom, cx: rect.x + rect.w / 2, cy: rect.y + rect.h / 2 };
}
