// Far-zoom pictures are drawn per chunk: a run of consecutive hosts of one rack, at
// most `maxHeight` world units tall, so a picture stays within texture limits at any
// far resolution, a change redraws only its chunk, and culling skips what is off-screen.
// The chunks of a rack tile its frame exactly (the first includes the title band).
import { METRICS as M } from './metrics.ts';
import type { Rect } from './rect.ts';
import type { HostBox, WorldGeometry } from './worldLayout.ts';

export interface Chunk {
  /** `<rack>#<n>`. */
  key: string;
  rack: string;
  /** First chunk of its rack (draws the rack's title). */
  first: boolean;
  frame: Rect;
  hosts: readonly HostBox[];
}

/**
 * Chunk height limit in world units (1,536 px of texture at the finest far resolution,
 * 1/2): small enough that a status change repaints a few hosts' worth of picture.
 */
export const CHUNK_MAX_HEIGHT = 3072;

export function buildChunks(geometry: WorldGeometry, maxHeight = CHUNK_MAX_HEIGHT): Chunk[] {
  const out: Chunk[] = [];
  for (const rack of geometry.racks) {
    const bottom = rack.frame.y + rack.frame.h;
    const last = rack.columns.length - 1;
    let n = 0;
    rack.columns.forEach((column, c) => {
      // Column strips share the gaps between them, so a rack's chunks tile its frame.
      const x0 = c === 0 ? rack.frame.x : (column[0] as HostBox).frame.x - M.hostGap / 2;
      const x1 = c === last ? rack.frame.x + rack.frame.w : (column[0] as HostBox).frame.x + M.hostWidth + M.hostGap / 2;
      let top = rack.frame.y;
      let hosts: HostBox[] = [];
      const flush = (end: number) => {
        out.push({ key: `${rack.id}#${n}`, rack: rack.id, first: top === rack.frame.y, frame: { x: x0, y: top, w: x1 - x0, h: end - top }, hosts });
        n++;
        top = end;
        hosts = [];
      };
      for (const host of column) {
        const end = host.frame.y + host.frame.h + M.hostGap / 2;
        if (hosts.length > 0 && end - top > maxHeight) flush(host.frame.y - M.hostGap / 2);
        hosts.push(host);
      }
      flush(bottom);
    });
    if (rack.columns.length === 0) out.push({ key: `${rack.id}#0`, rack: rack.id, first: true, frame: rack.frame, hosts: [] });
  }
  return out;
}

/** The chunk holding a host (chunks are few hundred at most; hosts are looked up by rack). */
export function chunkIndexByHost(chunks: readonly Chunk[]): Map<string, Chunk> {
  const out = new Map<string, Chunk>();
  for (const c of chunks) for (const h of c.hosts) out.set(h.id, c);
  return out;
}
