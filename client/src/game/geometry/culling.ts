// What is on screen: chunks and hosts whose frame meets the visible world rectangle
// (grown by a margin, so pictures are ready a little before they scroll in). Hosts are
// found per rack column by binary search on their y, so culling is O(racks · log hosts).
import type { Chunk } from './chunks.ts';
import { inflate, intersects, type Rect } from './rect.ts';
import type { HostBox, WorldGeometry } from './worldLayout.ts';

export function visibleChunks(chunks: readonly Chunk[], view: Rect, margin = 0): Chunk[] {
  const r = inflate(view, margin);
  return chunks.filter((c) => intersects(c.frame, r));
}

/** Index of the first host whose bottom edge is below `y` (hosts sorted top to bottom). */
function firstBelow(hosts: readonly HostBox[], y: number): number {
  let lo = 0;
  let hi = hosts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const f = (hosts[mid] as HostBox).frame;
    if (f.y + f.h <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function visibleHosts(geometry: WorldGeometry, view: Rect, margin = 0): HostBox[] {
  const r = inflate(view, margin);
  const out: HostBox[] = [];
  for (const rack of geometry.racks) {
    if (!intersects(rack.frame, r)) continue;
    for (const column of rack.columns) {
      const x = column[0]?.frame.x ?? 0;
      if (x >= r.x + r.w || x + (column[0]?.frame.w ?? 0) <= r.x) continue;
      for (let i = firstBelow(column, r.y); i < column.length; i++) {
        const h = column[i] as HostBox;
        if (h.frame.y >= r.y + r.h) break;
        out.push(h);
      }
    }
  }
  return out;
}
