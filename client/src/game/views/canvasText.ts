// Canvas text helpers for the pictures: labels cut to a width with an ellipsis (the
// measurement is cached, as the same names are drawn again and again), drawn only when
// the font has their glyphs (else the picture is redrawn when it arrives).
import { canvasFont, textReady } from './fonts.ts';

const fitted = new Map<string, string>();

/** `text` shortened with '…' to fit `maxWidth` in the context's current font. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  const key = `${ctx.font}|${maxWidth}|${text}`;
  const hit = fitted.get(key);
  if (hit !== undefined) return hit;
  let out = text;
  if (ctx.measureText(text).width > maxWidth) {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    out = lo > 0 ? `${text.slice(0, lo)}…` : '';
  }
  if (fitted.size > 20_000) fitted.clear();
  fitted.set(key, out);
  return out;
}

/**
 * Draws `text` at (x, y) (left, middle baseline) in world units, `size` units tall,
 * cut to `maxWidth`. Returns false when the font lacks glyphs for it yet (nothing drawn).
 */
export function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, size: number, color: string, maxWidth: number): boolean {
  if (!text) return true;
  if (!textReady(text)) return false;
  ctx.font = canvasFont(size);
  ctx.fillStyle = color;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillText(fitText(ctx, text, maxWidth), x, y);
  return true;
}
