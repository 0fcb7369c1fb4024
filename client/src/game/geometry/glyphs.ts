// Which status glyph each tile shows, so status is never told by colour alone: a
// container's state (running ▶, created ○, pulling ↓, restarting ↻, exited ■, failed ✕,
// OOM-killed ⚡, dead ⊘), a host's or VM's condition, and the flags written beside a
// host (down, kernel panic, cordoned, NotReady, partitioned). Pure: views draw the glyph
// and translate `world.status.<glyph>` for the label.
import type { ContainerTile, HostTile, VmTile } from '../../state/selectors/layout.ts';

export type ContainerGlyph = 'running' | 'created' | 'pulling' | 'restarting' | 'exited' | 'failed' | 'oom' | 'dead' | 'unknown';
export type MachineGlyph = 'up' | 'down' | 'panic' | 'cordoned' | 'notready' | 'partitioned' | 'booting' | 'stopping' | 'off' | 'crashed';

export const CONTAINER_GLYPHS: readonly ContainerGlyph[] = ['running', 'created', 'pulling', 'restarting', 'exited', 'failed', 'oom', 'dead', 'unknown'];
export const MACHINE_GLYPHS: readonly MachineGlyph[] = ['up', 'down', 'panic', 'cordoned', 'notready', 'partitioned', 'booting', 'stopping', 'off', 'crashed'];

/** The glyph of a container from its raw fields (cheap: called for every changed container). */
export function containerGlyphOf(status: string, oomKilled: boolean, exitCode: number): ContainerGlyph {
  switch (status) {
    case 'running':
    case 'created':
    case 'pulling':
    case 'restarting':
    case 'dead':
      return status;
    case 'exited':
      return oomKilled ? 'oom' : exitCode !== 0 ? 'failed' : 'exited';
    default:
      return 'unknown';
  }
}

export function containerGlyph(tile: Pick<ContainerTile, 'status' | 'oomKilled' | 'tone'>): ContainerGlyph {
  return containerGlyphOf(tile.status, tile.oomKilled, tile.tone === 'bad' ? 1 : 0);
}

/** Flags of a host, worst first; the first is its glyph ('up' when none). */
export function hostFlags(tile: Pick<HostTile, 'status' | 'kernelStatus' | 'cordoned' | 'partitioned' | 'nodeStatus'>): MachineGlyph[] {
  const flags: MachineGlyph[] = [];
  if (tile.status === 'down') flags.push('down');
  if (tile.kernelStatus === 'panicked') flags.push('panic');
  if (tile.partitioned) flags.push('partitioned');
  if (tile.nodeStatus === 'NotReady') flags.push('notready');
  if (tile.cordoned) flags.push('cordoned');
  return flags;
}

export function hostGlyph(tile: Parameters<typeof hostFlags>[0]): MachineGlyph {
  return hostFlags(tile)[0] ?? 'up';
}

export function vmGlyph(tile: Pick<VmTile, 'status' | 'kernelStatus' | 'nodeStatus'>): MachineGlyph {
  if (tile.status === 'crashed') return 'crashed';
  if (tile.kernelStatus === 'panicked') return 'panic';
  if (tile.status === 'booting') return 'booting';
  if (tile.status === 'shutting-down') return 'stopping';
  if (tile.status === 'shut-off') return 'off';
  if (tile.nodeStatus === 'NotReady') return 'notready';
  return 'up';
}
