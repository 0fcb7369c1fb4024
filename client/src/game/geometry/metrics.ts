// Sizes of the drawn datacenter in world units (1 unit = 1 CSS pixel at zoom 1, where
// every label is readable). One table, so the layout, the drawing and the hit test
// agree on where everything is.

export const METRICS = {
  /** Gap between racks, and around the whole world. */
  rackGap: 48,
  /** Rack frame padding and its title band. */
  rackPad: 10,
  rackTitle: 30,
  /** Vertical gap between hosts in a rack. */
  hostGap: 10,
  /** Width of every host box. */
  hostWidth: 272,
  hostPad: 8,
  /** Host id + status line and the role/flags line. */
  hostHeader: 40,
  /** One row of usage bars (two bars side by side). */
  barRow: 11,
  /** Host bars: cpu, memory, disk, nic, swap → three rows of two. */
  hostBarRows: 3,
  /** "type-1 hypervisor" band above the VMs. */
  hypervisorBand: 18,
  vmGap: 6,
  vmPad: 6,
  /** VM id + status line, with room for the boot progress bar. */
  vmHeader: 30,
  /** VM bars: cpu, memory, steal, swap → two rows of two. */
  vmBarRows: 2,
  /** Kernel frame: padding, its label line and the pulls-in-progress strip. */
  kernelPad: 6,
  kernelLabel: 15,
  transferStrip: 13,
  /** One container tile. */
  cellWidth: 74,
  cellHeight: 24,
  cellGap: 4,
} as const;

export type Metrics = typeof METRICS;
