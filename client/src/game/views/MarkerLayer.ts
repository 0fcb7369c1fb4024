// Marks drawn over the pictures: firing alerts (an outline around the subject plus a
// badge of fixed screen size, so a 2-pixel container still draws the eye when zoomed
// out), the selected entity and the drop target under a dragged image. Alerts pulse;
// with prefers-reduced-motion they stay still and draw a second, heavier outline
// instead. Redrawn only when the marks or the zoom change; the pulse is just alpha.
import Phaser from 'phaser';
import { inflate, type Rect } from '../geometry/rect.ts';
import { MARKER, hex } from './palette.ts';

/** How often the alert pulse changes its brightness (ms). */
export const PULSE_STEP_MS = 150;

export interface AlertMark {
  rect: Rect;
  severity: 'warning' | 'critical';
}

export class MarkerLayer {
  private readonly alerts: Phaser.GameObjects.Graphics;
  private readonly focus: Phaser.GameObjects.Graphics;
  private marks: readonly AlertMark[] = [];
  private selected: Rect | null = null;
  private target: Rect | null = null;
  private crosshair: { x: number; y: number } | null = null;
  private zoom = 1;
  private dirty = true;

  constructor(scene: Phaser.Scene, depth: number) {
    this.alerts = scene.add.graphics().setDepth(depth);
    this.focus = scene.add.graphics().setDepth(depth + 1);
  }

  setAlerts(marks: readonly AlertMark[]): void {
    this.marks = marks;
    this.dirty = true;
  }

  setSelected(rect: Rect | null): void {
    this.selected = rect;
    this.dirty = true;
  }

  setTarget(rect: Rect | null): void {
    this.target = rect;
    this.dirty = true;
  }

  /** The keyboard's centre mark (world point), or null when the map has no keyboard focus. */
  setCrosshair(point: { x: number; y: number } | null): boolean {
    if (point?.x === this.crosshair?.x && point?.y === this.crosshair?.y) return false;
    this.crosshair = point;
    this.dirty = true;
    return true;
  }

  /** Redraws what changed and advances the pulse; true when the marks look different. */
  update(zoom: number, time: number, reducedMotion: boolean): boolean {
    if (zoom !== this.zoom) {
      this.zoom = zoom;
      this.dirty = true;
    }
    const redrawn = this.dirty;
    if (redrawn) this.redraw(reducedMotion);
    // The pulse moves in steps of PULSE_STEP_MS: each step costs a whole frame to draw.
    const step = Math.floor(time / PULSE_STEP_MS) * PULSE_STEP_MS;
    const alpha = reducedMotion || this.marks.length === 0 ? 1 : 0.6 + 0.4 * Math.sin(step / 260);
    if (alpha === this.alerts.alpha) return redrawn;
    this.alerts.setAlpha(alpha);
    return true;
  }

  /** Call when reduced motion is switched (the alert style differs). */
  invalidate(): void {
    this.dirty = true;
  }

  destroy(): void {
    this.alerts.destroy();
    this.focus.destroy();
  }

  private redraw(reducedMotion: boolean): void {
    this.dirty = false;
    const px = 1 / this.zoom;
    const g = this.alerts;
    g.clear();
    for (const m of this.marks) {
      const color = hex(m.severity === 'critical' ? MARKER.critical : MARKER.warning);
      const r = inflate(m.rect, 3 * px);
      g.lineStyle(3 * px, color, 1);
      g.strokeRect(r.x, r.y, r.w, r.h);
      if (reducedMotion) {
        const outer = inflate(r, 4 * px);
        g.lineStyle(1.5 * px, color, 1);
        g.strokeRect(outer.x, outer.y, outer.w, outer.h);
      }
      // The badge: a disc with "!" at a constant 9 px radius on screen.
      const bx = r.x + r.w;
      const by = r.y;
      g.fillStyle(color, 1);
      g.fillCircle(bx, by, 9 * px);
      g.fillStyle(0x000000, 1);
      g.fillRect(bx - 1.5 * px, by - 6 * px, 3 * px, 7.5 * px);
      g.fillRect(bx - 1.5 * px, by + 3 * px, 3 * px, 3 * px);
    }
    const f = this.focus;
    f.clear();
    if (this.selected) {
      const r = inflate(this.selected, 2 * px);
      f.lineStyle(2.5 * px, hex(MARKER.selected), 1);
      f.strokeRect(r.x, r.y, r.w, r.h);
    }
    if (this.target) {
      const r = inflate(this.target, 5 * px);
      f.lineStyle(4 * px, hex(MARKER.highlight), 1);
      f.strokeRect(r.x, r.y, r.w, r.h);
    }
    if (this.crosshair) {
      const { x, y } = this.crosshair;
      f.lineStyle(2 * px, hex(MARKER.highlight), 1);
      f.strokeCircle(x, y, 10 * px);
      f.lineBetween(x - 16 * px, y, x - 5 * px, y);
      f.lineBetween(x + 5 * px, y, x + 16 * px, y);
      f.lineBetween(x, y - 16 * px, x, y - 5 * px);
      f.lineBetween(x, y + 5 * px, x, y + 16 * px);
    }
  }
}
