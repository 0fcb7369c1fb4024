// Owns the view's Viewport (plain numbers, see geometry/viewport.ts) and applies it to
// Phaser's main camera. The first non-empty world is fitted on screen; later structure
// changes keep the user's view unless they never moved it.
import Phaser from 'phaser';
import type { Rect } from '../geometry/rect.ts';
import { clampToWorld, fitRect, focusRect, panBy, screenToWorld, zoomAround, zoomLimits, type Viewport, type ZoomLimits } from '../geometry/viewport.ts';

export class CameraController {
  private v: Viewport;
  private bounds: Rect | null = null;
  private limits: ZoomLimits = { min: 0.05, max: 2.5 };
  private moved = false;

  constructor(private readonly camera: Phaser.Cameras.Scene2D.Camera) {
    this.v = { cx: 0, cy: 0, zoom: 1, width: camera.width, height: camera.height };
  }

  get viewport(): Viewport {
    return this.v;
  }

  /** The world changed shape: new limits; fit it when the user has not moved the view yet. */
  setWorld(bounds: Rect): void {
    this.bounds = bounds;
    this.limits = zoomLimits(bounds, this.v.width, this.v.height);
    if (!this.moved) this.fitAll(false);
    else this.set(this.v);
  }

  resize(width: number, height: number): void {
    this.v = { ...this.v, width, height };
    if (this.bounds) this.limits = zoomLimits(this.bounds, width, height);
    if (!this.moved && this.bounds) this.fitAll(false);
    else this.set(this.v);
  }

  fitAll(byUser = true): void {
    if (!this.bounds) return;
    if (byUser) this.moved = true;
    this.set(fitRect(this.bounds, this.v.width, this.v.height, this.limits));
  }

  zoomBy(factor: number, sx = this.v.width / 2, sy = this.v.height / 2): void {
    this.moved = true;
    this.set(zoomAround(this.v, factor, sx, sy, this.limits));
  }

  panBy(dx: number, dy: number): void {
    this.moved = true;
    this.set(panBy(this.v, dx, dy));
  }

  focus(rect: Rect): void {
    this.moved = true;
    this.set(focusRect(this.v, rect, this.limits));
  }

  toWorld(sx: number, sy: number): { x: number; y: number } {
    return screenToWorld(this.v, sx, sy);
  }

  private set(v: Viewport): void {
    this.v = this.bounds ? clampToWorld(v, this.bounds) : v;
    this.camera.setZoom(this.v.zoom);
    this.camera.centerOn(this.v.cx, this.v.cy);
  }
}
