// Draws a far-zoom picture of one chunk of a rack (consecutive hosts) with Canvas 2D:
// plain rectangles only — hosts and VMs with a strip in their status tone, the kernel
// boundaries as thin outlines, a strip where a pull is under way, and each container as
// a cell of its tone (1–3 px on screen). No text, glyphs or bars (numbers are for near
// zoom; WorldDiff's far signatures leave them out, so metric noise never repaints a
// chunk): at this zoom the eye looks for colour patches, and the alert markers (drawn
// on top, with a badge of fixed screen size) point at trouble.
import { containerTile, hostTile, vmTile } from '../../state/selectors/layout.ts';
import type { Chunk } from '../geometry/chunks.ts';
import { METRICS as M } from '../geometry/metrics.ts';
import { cellRect, type KernelBox } from '../geometry/worldLayout.ts';
import type { DrawSource } from './drawHost.ts';
import { FRAME, TONE } from './palette.ts';

type Ctx = CanvasRenderingContext2D;

function cells(ctx: Ctx, k: KernelBox, src: DrawSource, onePixel: number): void {
  ctx.strokeStyle = FRAME.kernelEdge;
  ctx.lineWidth = onePixel;
  ctx.strokeRect(k.frame.x, k.frame.y, k.frame.w, k.frame.h);
  if (src.transfers.get(k.target)?.length) {
    ctx.fillStyle = TONE.busy;
    ctx.fillRect(k.transfer.x, k.transfer.y, k.transfer.w, Math.max(k.transfer.h, onePixel));
  }
  let lastTone = '';
  k.containers.forEach((uid, index) => {
    const c = src.store.containers.get(uid);
    if (!c) return;
    const tone = TONE[containerTile(c).tone];
    if (tone !== lastTone) ctx.fillStyle = lastTone = tone;
    const r = cellRect(k, index);
    ctx.fillRect(r.x, r.y, Math.max(r.w, onePixel), Math.max(r.h, onePixel));
  });
}

/** Draws `chunk` in world units (the caller has set the scale and offset). */
export function drawChunk(ctx: Ctx, chunk: Chunk, src: DrawSource, resolution: number): void {
  const onePixel = 1 / resolution;
  const f = chunk.frame;
  ctx.fillStyle = FRAME.rack;
  ctx.fillRect(f.x, f.y, f.w, f.h);
  ctx.fillStyle = FRAME.rackEdge;
  ctx.fillRect(f.x, f.y, onePixel * 2, f.h);
  ctx.fillRect(f.x + f.w - onePixel * 2, f.y, onePixel * 2, f.h);
  if (chunk.first) ctx.fillRect(f.x, f.y, f.w, M.rackTitle - 6);
  for (const box of chunk.hosts) {
    const h = src.store.hosts.get(box.id);
    if (!h) continue;
    const tile = hostTile(h);
    const hf = box.frame;
    ctx.fillStyle = tile.tone === 'bad' ? FRAME.hostDown : FRAME.host;
    ctx.fillRect(hf.x, hf.y, hf.w, hf.h);
    ctx.fillStyle = TONE[tile.tone];
    ctx.fillRect(hf.x, hf.y, hf.w, Math.max(M.hostHeader * 0.6, onePixel * 2));
    if (box.kernel) cells(ctx, box.kernel, src, onePixel);
    for (const vmBox of box.vms) {
      const vm = src.store.vms.get(vmBox.id);
      if (!vm) continue;
      const vt = vmTile(vm);
      ctx.fillStyle = FRAME.vm;
      ctx.fillRect(vmBox.frame.x, vmBox.frame.y, vmBox.frame.w, vmBox.frame.h);
      ctx.fillStyle = TONE[vt.tone];
      ctx.fillRect(vmBox.frame.x, vmBox.frame.y, vmBox.frame.w, Math.max(M.vmHeader * 0.5, onePixel));
      cells(ctx, vmBox.kernel, src, onePixel);
    }
  }
}
