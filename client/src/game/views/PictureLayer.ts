// A layer of pictures for the items on screen (hosts near, rack chunks far): an item
// gets a picture when it scrolls in, gives it back when it scrolls out, and is redrawn
// only when marked dirty, moved, or needed at another resolution. Redraws run nearest
// to the centre of the view first, within a time budget per frame, so a burst of
// changes or a fast pan spreads over a few frames instead of stalling one.
import type { Rect } from '../geometry/rect.ts';
import type { Picture, PicturePool } from './PicturePool.ts';

export interface PictureItem {
  key: string;
  frame: Rect;
}

interface Live {
  pic: Picture;
  res: number;
  frame: Rect;
}

const sameFrame = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

export class PictureLayer<T extends PictureItem> {
  private readonly live = new Map<string, Live>();
  private readonly dirty = new Set<string>();
  private wanted: T[] = [];
  private res = 1;
  private anyRes = false;
  private visible = true;

  constructor(
    private readonly pool: PicturePool,
    private readonly draw: (ctx: CanvasRenderingContext2D, item: T, res: number) => void,
  ) {}

  /**
   * The items to show at `res` texture pixels per world unit, nearest to (cx, cy) first.
   * With `anyRes`, a picture already drawn at another resolution is kept as it is.
   */
  show(items: readonly T[], res: number, cx: number, cy: number, anyRes = false): void {
    const keep = new Set(items.map((i) => i.key));
    for (const [key, l] of this.live) {
      if (keep.has(key)) continue;
      this.pool.release(l.pic);
      this.live.delete(key);
      this.dirty.delete(key);
    }
    const dist = (f: Rect) => Math.abs(f.x + f.w / 2 - cx) + Math.abs(f.y + f.h / 2 - cy);
    this.wanted = [...items].sort((a, b) => dist(a.frame) - dist(b.frame));
    this.res = res;
    this.anyRes = anyRes;
  }

  markDirty(key: string): void {
    if (this.live.has(key)) this.dirty.add(key);
  }

  markAll(): void {
    for (const key of this.live.keys()) this.dirty.add(key);
  }

  /**
   * Paints items that have no picture yet until performance.now() passes `firstDeadline`
   * (an empty place on screen is worse than a slow frame), then redraws stale ones until
   * `deadline`; at least one picture per call.
   */
  paint(deadline: number, firstDeadline = deadline): number {
    let painted = 0;
    for (const item of this.wanted) {
      if (this.live.has(item.key)) continue;
      this.paintOne(item);
      painted++;
      if (performance.now() > firstDeadline) return painted;
    }
    for (const item of this.wanted) {
      if (!this.needs(item)) continue;
      this.paintOne(item);
      painted++;
      if (performance.now() > deadline) break;
    }
    return painted;
  }

  /** Items on screen still waiting for a (re)draw. */
  pending(): number {
    let n = 0;
    for (const item of this.wanted) if (this.needs(item)) n++;
    return n;
  }

  /** Shows or hides the whole layer (pictures are kept); true when that changed it. */
  setVisible(visible: boolean): boolean {
    if (visible === this.visible) return false;
    this.visible = visible;
    for (const l of this.live.values()) l.pic.image.setVisible(visible);
    return true;
  }

  get shown(): number {
    return this.live.size;
  }

  clear(): void {
    this.show([], this.res, 0, 0);
  }

  private needs(item: T): boolean {
    const l = this.live.get(item.key);
    return !l || this.dirty.has(item.key) || (!this.anyRes && l.res !== this.res) || !sameFrame(l.frame, item.frame);
  }

  private paintOne(item: T): void {
    let l = this.live.get(item.key);
    const res = this.anyRes && l ? l.res : this.res;
    const w = Math.max(1, Math.ceil(item.frame.w * res));
    const h = Math.max(1, Math.ceil(item.frame.h * res));
    if (l && (l.pic.w !== w || l.pic.h !== h)) {
      this.pool.release(l.pic);
      l = undefined;
    }
    const pic = l?.pic ?? this.pool.acquire(w, h);
    const ctx = pic.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(res, 0, 0, res, -item.frame.x * res, -item.frame.y * res);
    this.draw(ctx, item, res);
    pic.texture.refresh();
    pic.image.setPosition(item.frame.x, item.frame.y).setScale(1 / res).setVisible(this.visible);
    this.live.set(item.key, { pic, res, frame: { ...item.frame } });
    this.dirty.delete(item.key);
  }
}
