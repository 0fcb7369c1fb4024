// Status glyphs drawn with Canvas 2D paths (no icon font to load, crisp at any size):
// the shapes that, with the tone, tell a status without relying on colour. Each glyph
// fits the square of side `size` centred on (cx, cy).
import type { ContainerGlyph, MachineGlyph } from '../geometry/glyphs.ts';

type Ctx = CanvasRenderingContext2D;

function ring(ctx: Ctx, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.stroke();
}

function poly(ctx: Ctx, points: readonly number[], fill = true): void {
  ctx.beginPath();
  ctx.moveTo(points[0] as number, points[1] as number);
  for (let i = 2; i < points.length; i += 2) ctx.lineTo(points[i] as number, points[i + 1] as number);
  ctx.closePath();
  if (fill) ctx.fill();
  else ctx.stroke();
}

function line(ctx: Ctx, x0: number, y0: number, x1: number, y1: number): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

function cross(ctx: Ctx, cx: number, cy: number, h: number): void {
  line(ctx, cx - h, cy - h, cx + h, cy + h);
  line(ctx, cx + h, cy - h, cx - h, cy + h);
}

function bolt(ctx: Ctx, cx: number, cy: number, h: number): void {
  poly(ctx, [cx + 0.2 * h, cy - h, cx - 0.6 * h, cy + 0.15 * h, cx - 0.05 * h, cy + 0.15 * h, cx - 0.25 * h, cy + h, cx + 0.6 * h, cy - 0.2 * h, cx + 0.05 * h, cy - 0.2 * h]);
}

/** Draws `glyph` in `color`, in the square of side `size` centred on (cx, cy). */
export function drawGlyph(ctx: Ctx, glyph: ContainerGlyph | MachineGlyph, cx: number, cy: number, size: number, color: string): void {
  const h = size / 2;
  ctx.save();
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  ctx.lineWidth = Math.max(1, size * 0.16);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  switch (glyph) {
    case 'running':
      poly(ctx, [cx - 0.55 * h, cy - 0.75 * h, cx + 0.8 * h, cy, cx - 0.55 * h, cy + 0.75 * h]);
      break;
    case 'created':
      ring(ctx, cx, cy, 0.65 * h);
      break;
    case 'pulling':
      line(ctx, cx, cy - 0.85 * h, cx, cy + 0.2 * h);
      poly(ctx, [cx - 0.6 * h, cy + 0.05 * h, cx + 0.6 * h, cy + 0.05 * h, cx, cy + 0.85 * h]);
      break;
    case 'restarting':
      ctx.beginPath();
      ctx.arc(cx, cy, 0.6 * h, -Math.PI * 0.35, Math.PI * 1.35);
      ctx.stroke();
      poly(ctx, [cx + 0.25 * h, cy - 0.95 * h, cx + 0.95 * h, cy - 0.75 * h, cx + 0.45 * h, cy - 0.2 * h]);
      break;
    case 'exited':
    case 'stopping':
      ctx.fillRect(cx - 0.55 * h, cy - 0.55 * h, 1.1 * h, 1.1 * h);
      if (glyph === 'stopping') ring(ctx, cx, cy, 0.95 * h);
      break;
    case 'failed':
    case 'down':
    case 'crashed':
      ctx.lineWidth = Math.max(1.5, size * 0.22);
      cross(ctx, cx, cy, 0.6 * h);
      break;
    case 'oom':
    case 'panic':
      bolt(ctx, cx, cy, 0.95 * h);
      break;
    case 'dead':
      ring(ctx, cx, cy, 0.7 * h);
      line(ctx, cx - 0.5 * h, cy + 0.5 * h, cx + 0.5 * h, cy - 0.5 * h);
      break;
    case 'up':
      line(ctx, cx - 0.6 * h, cy, cx - 0.15 * h, cy + 0.5 * h);
      line(ctx, cx - 0.15 * h, cy + 0.5 * h, cx + 0.65 * h, cy - 0.55 * h);
      break;
    case 'cordoned':
      ring(ctx, cx, cy, 0.75 * h);
      line(ctx, cx - 0.45 * h, cy, cx + 0.45 * h, cy);
      break;
    case 'notready':
      poly(ctx, [cx, cy - 0.9 * h, cx + 0.95 * h, cy + 0.8 * h, cx - 0.95 * h, cy + 0.8 * h], false);
      line(ctx, cx, cy - 0.3 * h, cx, cy + 0.2 * h);
      line(ctx, cx, cy + 0.5 * h, cx, cy + 0.52 * h);
      break;
    case 'partitioned':
      line(ctx, cx - 0.9 * h, cy, cx - 0.3 * h, cy);
      line(ctx, cx + 0.3 * h, cy, cx + 0.9 * h, cy);
      line(ctx, cx - 0.25 * h, cy + 0.6 * h, cx + 0.25 * h, cy - 0.6 * h);
      break;
    case 'booting':
      poly(ctx, [cx - 0.6 * h, cy - 0.8 * h, cx + 0.6 * h, cy - 0.8 * h, cx, cy]);
      poly(ctx, [cx, cy, cx + 0.6 * h, cy + 0.8 * h, cx - 0.6 * h, cy + 0.8 * h], false);
      break;
    case 'off':
      ctx.beginPath();
      ctx.arc(cx, cy + 0.05 * h, 0.65 * h, -Math.PI * 0.3, Math.PI * 1.3);
      ctx.stroke();
      line(ctx, cx, cy - 0.85 * h, cx, cy - 0.05 * h);
      break;
    default:
      poly(ctx, [cx, cy - 0.7 * h, cx + 0.7 * h, cy, cx, cy + 0.7 * h, cx - 0.7 * h, cy], false);
  }
  ctx.restore();
}
