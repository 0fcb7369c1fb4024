// Where every drawn thing sits in the world: racks side by side (wrapped into rows),
// hosts stacked in their rack (in one or more columns, so that the whole datacenter is
// about as wide as a screen is), VMs stacked in their hypervisor host, and in each kernel
// frame a grid of container tiles. Computed from the layout selector's nesting only (ids, no metrics), so it is
// rebuilt when the structure changes and never because a number moved.
import type { HostNode, KernelNode, Layout } from '../../state/selectors/layout.ts';
import { METRICS as M } from './metrics.ts';
import type { Rect } from './rect.ts';

export interface KernelBox {
  /** Host or VM id whose kernel this is (`docker -H <target>`). */
  target: string;
  targetKind: 'host' | 'vm';
  /** The kernel boundary: containers inside share this kernel. */
  frame: Rect;
  /** Strip for pulls in progress, under the kernel's label. */
  transfer: Rect;
  /** Top-left of the first tile, and the grid's shape. */
  gridX: number;
  gridY: number;
  cols: number;
  rows: number;
  /** Container uids in tile order. */
  containers: readonly number[];
}

export interface VmBox {
  id: string;
  host: string;
  frame: Rect;
  /** Top of the VM's bar rows. */
  barsY: number;
  kernel: KernelBox;
}

export interface HostBox {
  id: string;
  rack: string;
  kind: 'bare-metal' | 'hypervisor';
  frame: Rect;
  barsY: number;
  kernel: KernelBox | null;
  vms: readonly VmBox[];
}

export interface RackBox {
  id: string;
  frame: Rect;
  /** Hosts in columns, each top to bottom (one column unless the rack is tall). */
  columns: readonly (readonly HostBox[])[];
  /** Every host, column after column. */
  hosts: readonly HostBox[];
}

export interface WorldGeometry {
  racks: readonly RackBox[];
  /** Everything, with a margin. */
  bounds: Rect;
  hosts: ReadonlyMap<string, HostBox>;
  vms: ReadonlyMap<string, VmBox>;
  /** By target (host or VM id). */
  kernels: ReadonlyMap<string, KernelBox>;
  /** Where each container's tile is: its kernel and its index in the grid. */
  cells: ReadonlyMap<number, { kernel: KernelBox; index: number }>;
  /** The layout's structureVersion this was built from. */
  structureVersion: number;
}

/** Tiles per row in a kernel frame of width `w`. */
export function gridColumns(w: number): number {
  return Math.max(1, Math.floor((w - 2 * M.kernelPad + M.cellGap) / (M.cellWidth + M.cellGap)));
}

/** Height of a kernel frame holding `count` containers in `cols` columns (one empty row at least). */
export function kernelHeight(count: number, cols: number): number {
  const rows = Math.max(1, Math.ceil(count / cols));
  return 2 * M.kernelPad + M.kernelLabel + M.transferStrip + rows * (M.cellHeight + M.cellGap) - M.cellGap;
}

function kernelBox(node: KernelNode, x: number, y: number, w: number): KernelBox {
  const cols = gridColumns(w);
  const h = kernelHeight(node.containers.length, cols);
  const top = y + M.kernelPad + M.kernelLabel;
  return {
    target: node.target,
    targetKind: node.targetKind,
    frame: { x, y, w, h },
    transfer: { x: x + M.kernelPad, y: top, w: w - 2 * M.kernelPad, h: M.transferStrip - 3 },
    gridX: x + M.kernelPad,
    gridY: top + M.transferStrip,
    cols,
    rows: Math.max(1, Math.ceil(node.containers.length / cols)),
    containers: node.containers,
  };
}

function hostBox(node: HostNode, x: number, y: number): HostBox {
  const w = M.hostWidth;
  const barsY = y + M.hostPad + M.hostHeader;
  let cursor = barsY + M.hostBarRows * M.barRow + 4;
  let kernel: KernelBox | null = null;
  const vms: VmBox[] = [];
  if (node.kind === 'bare-metal' && node.kernel) {
    kernel = kernelBox(node.kernel, x + M.hostPad, cursor, w - 2 * M.hostPad);
    cursor += kernel.frame.h;
  } else {
    cursor += M.hypervisorBand;
    if (node.vms.length === 0) cursor += M.vmHeader;
    for (const vm of node.vms) {
      const vx = x + M.hostPad;
      const vw = w - 2 * M.hostPad;
      const vmBarsY = cursor + M.vmPad + M.vmHeader;
      const k = kernelBox(vm.kernel, vx + M.vmPad, vmBarsY + M.vmBarRows * M.barRow + 2, vw - 2 * M.vmPad);
      const vh = k.frame.y + k.frame.h + M.vmPad - cursor;
      vms.push({ id: vm.id, host: node.id, frame: { x: vx, y: cursor, w: vw, h: vh }, barsY: vmBarsY, kernel: k });
      cursor += vh + M.vmGap;
    }
    if (node.vms.length > 0) cursor -= M.vmGap;
  }
  return { id: node.id, rack: node.rack, kind: node.kind, frame: { x, y, w, h: cursor + M.hostPad - y }, barsY, kernel, vms };
}

/** Splits `heights` (in order) into at most `k` runs of about equal total height. */
export function splitColumns(heights: readonly number[], k: number): number[][] {
  const total = heights.reduce((a, b) => a + b, 0);
  const target = total / Math.max(1, k);
  const out: number[][] = [[]];
  let sum = 0;
  heights.forEach((h, i) => {
    const col = out[out.length - 1] as number[];
    if (col.length > 0 && out.length < k && sum + h / 2 > target * out.length) out.push([i]);
    else col.push(i);
    sum += h;
  });
  return out;
}

export interface Arrangement {
  /** Host columns per rack. */
  hostColumns: number;
  /** Racks per row. */
  rackColumns: number;
}

const rackWidthFor = (hostColumns: number) => hostColumns * M.hostWidth + (hostColumns - 1) * M.hostGap + 2 * M.rackPad;

function rackHeightFor(heights: readonly number[], hostColumns: number): number {
  const cols = splitColumns(heights, hostColumns).map((c) => c.reduce((a, i) => a + (heights[i] as number) + M.hostGap, 0));
  return Math.max(M.rackTitle + Math.max(0, ...cols) - (heights.length ? M.hostGap : 0) + M.rackPad, M.rackTitle + 40);
}

/** Host columns and racks per row that make the world's width / height closest to `aspect`. */
export function chooseArrangement(rackHostHeights: readonly (readonly number[])[], aspect: number, maxHostColumns = 8): Arrangement {
  let best: Arrangement = { hostColumns: 1, rackColumns: 1 };
  let bestScore = Infinity;
  for (let k = 1; k <= maxHostColumns; k++) {
    const heights = rackHostHeights.map((hs) => rackHeightFor(hs, k));
    const rackWidth = rackWidthFor(k);
    for (let cols = 1; cols <= Math.max(1, heights.length); cols++) {
      let height = M.rackGap;
      for (let i = 0; i < heights.length; i += cols) height += Math.max(...heights.slice(i, i + cols)) + M.rackGap;
      const width = cols * rackWidth + (cols + 1) * M.rackGap;
      // Prefer fewer host columns when the fit is about as good (racks read as racks).
      const score = Math.abs(Math.log(width / height / aspect)) + 0.02 * (k - 1);
      if (score < bestScore - 1e-9) {
        bestScore = score;
        best = { hostColumns: k, rackColumns: cols };
      }
    }
    if (rackHostHeights.every((hs) => hs.length <= k)) break;
  }
  return best;
}

/** The geometry of a layout; `aspect` is the shape to aim for (a screen's, 16:9 by default). */
export function buildWorldGeometry(layout: Layout, aspect = 16 / 9): WorldGeometry {
  const sizes = layout.racks.map((rack) => rack.hosts.map((h) => hostBox(h, 0, 0).frame.h));
  const { hostColumns, rackColumns } = chooseArrangement(sizes, aspect);
  const rackWidth = rackWidthFor(hostColumns);
  const racks: RackBox[] = [];
  const hosts = new Map<string, HostBox>();
  const vms = new Map<string, VmBox>();
  const kernels = new Map<string, KernelBox>();
  const cells = new Map<number, { kernel: KernelBox; index: number }>();
  let rowY = M.rackGap;
  let width = 0;
  for (let i = 0; i < layout.racks.length; i += rackColumns) {
    let rowHeight = 0;
    for (let j = 0; j < rackColumns && i + j < layout.racks.length; j++) {
      const rack = layout.racks[i + j] as Layout['racks'][number];
      const heights = sizes[i + j] as number[];
      const rx = M.rackGap + j * (rackWidth + M.rackGap);
      const columns = splitColumns(heights, hostColumns).map((indices, c) => {
        let y = rowY + M.rackTitle;
        return indices.map((index) => {
          const box = hostBox(rack.hosts[index] as HostNode, rx + M.rackPad + c * (M.hostWidth + M.hostGap), y);
          y += box.frame.h + M.hostGap;
          return box;
        });
      });
      const height = rackHeightFor(heights, hostColumns);
      const all = columns.flat();
      racks.push({ id: rack.id, frame: { x: rx, y: rowY, w: rackWidth, h: height }, columns, hosts: all });
      rowHeight = Math.max(rowHeight, height);
      width = Math.max(width, rx + rackWidth + M.rackGap);
      for (const h of all) {
        hosts.set(h.id, h);
        const ks = h.kernel ? [h.kernel] : [];
        for (const vm of h.vms) {
          vms.set(vm.id, vm);
          ks.push(vm.kernel);
        }
        for (const k of ks) {
          kernels.set(k.target, k);
          k.containers.forEach((uid, index) => cells.set(uid, { kernel: k, index }));
        }
      }
    }
    rowY += rowHeight + M.rackGap;
  }
  return { racks, bounds: { x: 0, y: 0, w: Math.max(width, 2 * M.rackGap), h: Math.max(rowY, 2 * M.rackGap) }, hosts, vms, kernels, cells, structureVersion: layout.structureVersion };
}

/** The tile rectangle of the `index`-th container of a kernel. */
export function cellRect(kernel: KernelBox, index: number): Rect {
  const col = index % kernel.cols;
  const row = Math.floor(index / kernel.cols);
  return { x: kernel.gridX + col * (M.cellWidth + M.cellGap), y: kernel.gridY + row * (M.cellHeight + M.cellGap), w: M.cellWidth, h: M.cellHeight };
}

/** The host a kernel target belongs to (the target itself for bare metal, the VM's host otherwise). */
export function hostOfTarget(geometry: WorldGeometry, target: string): HostBox | null {
  return geometry.hosts.get(target) ?? geometry.hosts.get(geometry.vms.get(target)?.host ?? '') ?? null;
}
