// Draws one host's picture (near zoom) with Canvas 2D, in world units under a scale
// transform: the host frame with its status glyph, id and flags; its usage bars; then
// either its own kernel frame (bare metal) or the hypervisor band and one frame per VM,
// each with the VM's kernel frame inside. Kernel frames hold the container tiles and the
// pulls in progress. What is written depends on the level of detail.
import type { ClientStore } from '../../state/ClientStore.ts';
import { containerTile, hostTile, vmTile, type TransferTile } from '../../state/selectors/layout.ts';
import type { Bar, Tone } from '../../state/selectors/format.ts';
import { bar } from '../../state/selectors/format.ts';
import { t } from '../../i18n/index.ts';
import { containerGlyph, hostFlags, hostGlyph, vmGlyph } from '../geometry/glyphs.ts';
import type { Detail } from '../geometry/lod.ts';
import { METRICS as M } from '../geometry/metrics.ts';
import { cellRect, type HostBox, type KernelBox } from '../geometry/worldLayout.ts';
import { label } from './canvasText.ts';
import { drawGlyph } from './drawGlyph.ts';
import { FRAME, INK, TONE } from './palette.ts';

export interface DrawSource {
  store: ClientStore;
  /** Pulls and pushes in progress by target. */
  transfers: ReadonlyMap<string, readonly TransferTile[]>;
}

type Ctx = CanvasRenderingContext2D;

/** False when some label waited for its font (the picture should be redrawn later). */
let complete = true;
const text = (...args: Parameters<typeof label>) => {
  if (!label(...args)) complete = false;
};

function bars(ctx: Ctx, list: readonly Bar[], x: number, y: number, w: number, detail: Detail): void {
  const colW = (w - 8) / 2;
  list.forEach((b, i) => {
    const bx = x + (i % 2) * (colW + 8);
    const by = y + Math.floor(i / 2) * M.barRow;
    let trackX = bx;
    if (detail.labels) {
      text(ctx, t(`world.bar.${b.key}`), bx, by + 4, 8, FRAME.textDim, 34);
      trackX = bx + 36;
    }
    const trackW = bx + colW - trackX;
    ctx.fillStyle = FRAME.barTrack;
    ctx.fillRect(trackX, by + 1, trackW, 6);
    ctx.fillStyle = TONE[b.tone];
    ctx.fillRect(trackX, by + 1, Math.max(b.ratio > 0 ? 1 : 0, trackW * b.ratio), 6);
  });
}

function frame(ctx: Ctx, x: number, y: number, w: number, h: number, fill: string, edge: string, lineWidth: number): void {
  ctx.fillStyle = fill;
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = edge;
  ctx.lineWidth = lineWidth;
  ctx.strokeRect(x + lineWidth / 2, y + lineWidth / 2, w - lineWidth, h - lineWidth);
}

function badge(ctx: Ctx, glyph: Parameters<typeof drawGlyph>[1], tone: Tone, x: number, y: number, size: number): void {
  ctx.fillStyle = TONE[tone];
  ctx.beginPath();
  ctx.arc(x + size / 2, y + size / 2, size / 2, 0, Math.PI * 2);
  ctx.fill();
  drawGlyph(ctx, glyph, x + size / 2, y + size / 2, size * 0.62, INK[tone]);
}

function transferStrip(ctx: Ctx, k: KernelBox, list: readonly TransferTile[] | undefined, detail: Detail): void {
  const first = list?.[0];
  if (!first) return;
  const r = k.transfer;
  ctx.fillStyle = FRAME.barTrack;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = TONE.busy;
  ctx.fillRect(r.x, r.y, r.w * first.progress, r.h);
  drawGlyph(ctx, first.kind === 'push' ? 'running' : 'pulling', r.x + 6, r.y + r.h / 2, 9, FRAME.text);
  if (detail.labels) {
    const more = list.length > 1 ? ` ${t('world.moreTransfers', { count: list.length - 1 })}` : '';
    text(ctx, `${first.label}${more}`, r.x + 14, r.y + r.h / 2 + 0.5, 9, FRAME.text, r.w - 16);
  }
}

function kernel(ctx: Ctx, k: KernelBox, src: DrawSource, detail: Detail, kernelLabel: string, kernelBad: boolean): void {
  const f = k.frame;
  ctx.fillStyle = FRAME.kernel;
  ctx.fillRect(f.x, f.y, f.w, f.h);
  ctx.setLineDash([5, 3]);
  ctx.strokeStyle = kernelBad ? TONE.bad : FRAME.kernelEdge;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(f.x + 0.75, f.y + 0.75, f.w - 1.5, f.h - 1.5);
  ctx.setLineDash([]);
  if (detail.labels) text(ctx, kernelLabel, f.x + M.kernelPad, f.y + M.kernelPad + 5, 10, kernelBad ? TONE.bad : FRAME.kernelEdge, f.w - 2 * M.kernelPad);
  transferStrip(ctx, k, src.transfers.get(k.target), detail);
  if (k.containers.length === 0 && detail.labels) text(ctx, t('world.noContainers'), k.gridX + 2, k.gridY + M.cellHeight / 2, 10, FRAME.textDim, f.w);
  k.containers.forEach((uid, index) => {
    const c = src.store.containers.get(uid);
    const r = cellRect(k, index);
    if (!c) {
      ctx.fillStyle = FRAME.emptySlot;
      ctx.fillRect(r.x, r.y, r.w, r.h);
      return;
    }
    const tile = containerTile(c);
    ctx.fillStyle = TONE[tile.tone];
    ctx.fillRect(r.x, r.y, r.w, r.h);
    drawGlyph(ctx, containerGlyph(tile), r.x + 10, r.y + r.h / 2, 13, INK[tile.tone]);
    if (detail.names) text(ctx, tile.name, r.x + 19, r.y + r.h / 2 + 0.5, 10, INK[tile.tone], r.w - 22);
  });
}

/** Draws `box` with its top-left at the context's origin (world units; the caller scales). */
export function drawHost(ctx: Ctx, box: HostBox, src: DrawSource, detail: Detail): boolean {
  complete = true;
  const h = src.store.hosts.get(box.id);
  if (!h) return true;
  const tile = hostTile(h);
  const f = box.frame;
  const down = tile.tone === 'bad';
  frame(ctx, f.x, f.y, f.w, f.h, down ? FRAME.hostDown : FRAME.host, tile.tone === 'ok' ? FRAME.hostEdge : TONE[tile.tone], tile.tone === 'ok' ? 1 : 3);
  const hx = f.x + M.hostPad;
  const hy = f.y + M.hostPad;
  badge(ctx, hostGlyph(tile), tile.tone, hx, hy, 18);
  const flags = hostFlags(tile);
  if (detail.labels) {
    text(ctx, box.id, hx + 24, hy + 9, 15, FRAME.text, 130);
    text(ctx, flags.length ? flags.map((g) => t(`world.flag.${g}`)).join(' · ') : tile.label, hx + 158, hy + 9, 11, flags.length ? TONE[tile.tone] : FRAME.textDim, f.w - 174);
    text(ctx, tile.roleLabel, hx + 24, hy + 28, 10, FRAME.textDim, f.w - 40);
  } else {
    flags.slice(1).forEach((g, i) => badge(ctx, g, tile.tone, hx + 24 + i * 20, hy, 18));
  }
  const byKey = new Map(tile.bars.map((b) => [b.key, b]));
  bars(ctx, ['cpu', 'memory', 'disk', 'nic', 'swap'].map((k) => byKey.get(k as Bar['key']) ?? bar(k as Bar['key'], 0)), hx, box.barsY, f.w - 2 * M.hostPad, detail);
  if (box.kernel) kernel(ctx, box.kernel, src, detail, `${t('label.kernelOf.host', { id: box.id })} · ${tile.kernelLabel}`, tile.kernelStatus !== 'up');
  else {
    const bandY = box.barsY + M.hostBarRows * M.barRow + 4;
    if (detail.labels) text(ctx, box.vms.length ? t('world.vmCount', { count: box.vms.length }) : t('world.noVms'), hx, bandY + M.hypervisorBand / 2, 11, FRAME.textDim, f.w - 2 * M.hostPad);
    for (const vmBox of box.vms) {
      const vm = src.store.vms.get(vmBox.id);
      if (!vm) continue;
      const vt = vmTile(vm);
      const vf = vmBox.frame;
      frame(ctx, vf.x, vf.y, vf.w, vf.h, FRAME.vm, vt.tone === 'ok' ? FRAME.vmEdge : TONE[vt.tone], vt.tone === 'ok' ? 1 : 2.5);
      const vx = vf.x + M.vmPad;
      const vy = vf.y + M.vmPad;
      badge(ctx, vmGlyph(vt), vt.tone, vx, vy, 16);
      if (vt.progress !== null) {
        ctx.fillStyle = FRAME.barTrack;
        ctx.fillRect(vx + 22, vy + 19, vf.w - 2 * M.vmPad - 22, 4);
        ctx.fillStyle = TONE.busy;
        ctx.fillRect(vx + 22, vy + 19, (vf.w - 2 * M.vmPad - 22) * vt.progress, 4);
      }
      if (detail.labels) {
        const status = vt.status === 'booting' && vt.progress !== null ? t('world.booting', { percent: Math.round(vt.progress * 100) }) : vt.label;
        text(ctx, vm.name || vm.id, vx + 22, vy + 8, 13, FRAME.text, 110);
        text(ctx, `${status} · ${vt.os ? t(`label.os.${vt.os}`) : ''}`, vx + 136, vy + 8, 10, vt.tone === 'ok' ? FRAME.textDim : TONE[vt.tone], vf.w - 150);
      }
      const vmBars = new Map(vt.bars.map((b) => [b.key, b]));
      bars(ctx, ['cpu', 'memory', 'steal', 'swap'].map((k) => vmBars.get(k as Bar['key']) ?? bar(k as Bar['key'], 0)), vx, vmBox.barsY, vf.w - 2 * M.vmPad, detail);
      kernel(ctx, vmBox.kernel, src, detail, `${t('label.kernelOf.vm', { id: vm.name || vm.id })} · ${vt.kernelLabel}`, vt.kernelStatus === 'panicked');
    }
  }
  return complete;
}
