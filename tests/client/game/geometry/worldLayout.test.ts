// The world view's geometry: the nesting drawn as nested frames (kernel boundary inside
// its host or VM), tiles inside their kernel, nothing overlapping, racks arranged to fit
// a screen's shape, and chunks that tile each rack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChunks } from '../../../../client/src/game/geometry/chunks.ts';
import { intersects, type Rect } from '../../../../client/src/game/geometry/rect.ts';
import { buildWorldGeometry, cellRect, chooseArrangement, hostOfTarget, splitColumns, type WorldGeometry } from '../../../../client/src/game/geometry/worldLayout.ts';
import { selectLayout } from '../../../../client/src/state/selectors/layout.ts';
import { SMALL, worldStore, type HostSpec } from './worldFixture.ts';

const inside = (inner: Rect, outer: Rect) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

async function geometryOf(racks: HostSpec[][], aspect?: number): Promise<WorldGeometry> {
  const { store } = await worldStore(racks);
  return buildWorldGeometry(selectLayout(store), aspect);
}

function checkNesting(g: WorldGeometry): void {
  const hosts = [...g.hosts.values()];
  for (const rack of g.racks) for (const h of rack.hosts) expect(inside(h.frame, rack.frame)).toBe(true);
  for (let i = 0; i < hosts.length; i++) for (let j = i + 1; j < hosts.length; j++) expect(intersects((hosts[i] as { frame: Rect }).frame, (hosts[j] as { frame: Rect }).frame)).toBe(false);
  for (const h of hosts) {
    if (h.kernel) expect(inside(h.kernel.frame, h.frame)).toBe(true);
    for (const vm of h.vms) {
      expect(inside(vm.frame, h.frame)).toBe(true);
      expect(inside(vm.kernel.frame, vm.frame)).toBe(true);
    }
  }
  for (const [uid, { kernel, index }] of g.cells) {
    expect(kernel.containers[index]).toBe(uid);
    expect(inside(cellRect(kernel, index), kernel.frame)).toBe(true);
  }
}

describe('world geometry', () => {
  it('draws each kernel as a frame inside its host or VM, with its containers inside it', async () => {
    const g = await geometryOf(SMALL);
    expect(g.racks.map((r) => [r.id, r.hosts.map((h) => h.id)])).toEqual([
      ['rack-1', ['host-1-1', 'host-1-2']],
      ['rack-2', ['host-2-1']],
    ]);
    const bare = g.hosts.get('host-1-1');
    expect(bare?.kind).toBe('bare-metal');
    expect(bare?.kernel?.target).toBe('host-1-1');
    expect(bare?.kernel?.containers).toHaveLength(5);
    const hv = g.hosts.get('host-2-1');
    expect(hv?.kernel).toBeNull();
    expect(hv?.vms.map((v) => [v.id, v.kernel.target, v.kernel.containers.length])).toEqual([
      ['host-2-1-vm1', 'host-2-1-vm1', 2],
      ['host-2-1-vm2', 'host-2-1-vm2', 0],
    ]);
    expect(hostOfTarget(g, 'host-2-1-vm2')?.id).toBe('host-2-1');
    expect(hostOfTarget(g, 'host-1-1')?.id).toBe('host-1-1');
    checkNesting(g);
  });

  it('gives a kernel one more row of tiles when its containers no longer fit', async () => {
    const a = await geometryOf([[{ containers: [3] }]]);
    const b = await geometryOf([[{ containers: [4] }]]);
    const ka = a.hosts.get('host-1-1')?.kernel;
    const kb = b.hosts.get('host-1-1')?.kernel;
    expect(ka?.cols).toBe(3);
    expect(ka?.rows).toBe(1);
    expect(kb?.rows).toBe(2);
    expect((kb?.frame.h ?? 0) > (ka?.frame.h ?? 0)).toBe(true);
  });

  it('keeps every frame nested and apart in random datacenters', async () => {
    const spec = fc.array(fc.array(fc.record({ hypervisor: fc.boolean(), containers: fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }) }), { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 5 });
    await fc.assert(fc.asyncProperty(spec, async (racks) => checkNesting(await geometryOf(racks))), { numRuns: 40 });
  });

  it('arranges a large datacenter about as wide as the screen it aims for', async () => {
    const racks = Array.from({ length: 25 }, () => Array.from({ length: 40 }, () => ({ containers: [10] })));
    const wide = await geometryOf(racks, 16 / 9);
    const ratio = wide.bounds.w / wide.bounds.h;
    expect(ratio).toBeGreaterThan(16 / 9 / 1.6);
    expect(ratio).toBeLessThan((16 / 9) * 1.6);
    const tall = await geometryOf(racks, 9 / 16);
    expect(tall.bounds.w / tall.bounds.h).toBeLessThan(ratio);
  });
});

describe('arrangement helpers', () => {
  it('splits hosts into contiguous columns of about equal height', () => {
    const heights = [100, 100, 100, 100, 100, 100];
    expect(splitColumns(heights, 2)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(splitColumns(heights, 1)).toEqual([[0, 1, 2, 3, 4, 5]]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 900 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (hs, k) => {
        const cols = splitColumns(hs, k);
        expect(cols.length).toBeLessThanOrEqual(k);
        expect(cols.flat()).toEqual(hs.map((_, i) => i));
        expect(cols.every((c) => c.length > 0)).toBe(true);
      }),
    );
  });

  it('puts the hosts of a tall rack side by side and wraps many racks into rows', () => {
    expect(chooseArrangement([[200]], 16 / 9)).toEqual({ hostColumns: 1, rackColumns: 1 });
    expect(chooseArrangement([Array.from({ length: 40 }, () => 200)], 16 / 9).hostColumns).toBeGreaterThan(1);
    const many = chooseArrangement(Array.from({ length: 30 }, () => [300, 300]), 16 / 9);
    expect(many.rackColumns).toBeGreaterThan(1);
    expect(many.rackColumns).toBeLessThan(30);
  });
});

describe('far-zoom chunks', () => {
  it('tile each rack exactly and hold each host once', async () => {
    const racks = Array.from({ length: 3 }, () => Array.from({ length: 30 }, (_, i) => ({ containers: [i % 12] })));
    const g = await geometryOf(racks);
    const chunks = buildChunks(g, 1500);
    for (const rack of g.racks) {
      const mine = chunks.filter((c) => c.rack === rack.id);
      expect(mine.reduce((a, c) => a + c.frame.w * c.frame.h, 0)).toBeCloseTo(rack.frame.w * rack.frame.h, 6);
      for (const c of mine) expect(inside(c.frame, rack.frame)).toBe(true);
      for (let i = 0; i < mine.length; i++) for (let j = i + 1; j < mine.length; j++) expect(intersects((mine[i] as { frame: Rect }).frame, (mine[j] as { frame: Rect }).frame)).toBe(false);
      expect(mine.flatMap((c) => c.hosts.map((h) => h.id)).sort()).toEqual(rack.hosts.map((h) => h.id).sort());
      for (const c of mine) for (const h of c.hosts) expect(inside(h.frame, c.frame)).toBe(true);
      expect(mine.filter((c) => c.first).length).toBe(rack.columns.length);
    }
    const span = (c: (typeof chunks)[number]) => (c.hosts.at(-1)?.frame.y ?? 0) + (c.hosts.at(-1)?.frame.h ?? 0) - (c.hosts[0]?.frame.y ?? 0);
    expect(chunks.every((c) => c.hosts.length <= 1 || span(c) <= 1500)).toBe(true);
    expect(chunks.length).toBeGreaterThan(g.racks.length);
  });
});
