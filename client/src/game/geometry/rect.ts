// Axis-aligned rectangles in world units and the few tests the view needs on them.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** `r` grown by `by` on every side (shrunk when negative). */
export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: Math.max(0, r.w + 2 * by), h: Math.max(0, r.h + 2 * by) };
}
