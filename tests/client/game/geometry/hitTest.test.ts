// Hit testing: the centre of every tile, VM and host finds that entity; gaps and the
// space between racks find nothing; the binary-searched answer equals a brute-force scan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitTestWorld, tileAt } from '../../../../client/src/game/geometry/hitTest.ts';
import { METRICS as M } from '../../../../client/src/game/geometry/metrics.ts';
import { contains } from '../../../../client/src/game/geometry/rect.ts';
import { buildWorldGeometry, cellRect, type WorldGeometry } from '../../../../client/src/game/geometry/worldLayout.ts';
import type { WorldEntity } from '../../../../client/src/game/intents.ts';
import { selectLayout } from '../../../../client/src/state/selectors/layout.ts';
import { SMALL, worldStore, type HostSpec } from './worldFixture.ts';

async function geometryOf(racks: HostSpec[][]): Promise<WorldGeometry> {
  const { store } = await worldStore(racks);
  return buildWorldGeometry(selectLayout(store));
}

/** What a point hits, by scanning everything (the slow, obviously right way). */
function bruteForce(g: WorldGeometry, x: number, y: number): WorldEntity | null {
  for (const [uid, { kernel, index }] of g.cells) if (contains(cellRect(kernel, index), x, y)) return { type: 'container', id: String(uid) };
  for (const vm of g.vms.values()) if (contains(vm.frame, x, y)) return { type: 'vm', id: vm.id };
  for (const h of g.hosts.values()) if (contains(h.frame, x, y)) return { type: 'host', id: h.id };
  return null;
}

describe('hit test', () => {
  it('finds the container under a tile, the VM or host around it, and nothing in gaps', async () => {
    const g = await geometryOf(SMALL);
    const k = g.hosts.get('host-1-1')?.kernel;
    if (!k) throw new Error('no kernel');
    const first = cellRect(k, 0);
    expect(hitTestWorld(g, first.x + 3, first.y + 3)).toEqual({ type: 'container', id: String(k.containers[0]) });
    // The gap between two tiles belongs to the kernel, so to its host.
    expect(tileAt(k, first.x + M.cellWidth + 1, first.y + 3)).toBeNull();
    expect(hitTestWorld(g, first.x + M.cellWidth + 1, first.y + 3)).toEqual({ type: 'host', id: 'host-1-1' });
    const host = g.hosts.get('host-1-1')?.frame;
    expect(hitTestWorld(g, (host?.x ?? 0) + 4, (host?.y ?? 0) + 4)).toEqual({ type: 'host', id: 'host-1-1' });
    const vm = g.vms.get('host-2-1-vm2')?.frame;
    expect(hitTestWorld(g, (vm?.x ?? 0) + 4, (vm?.y ?? 0) + 4)).toEqual({ type: 'vm', id: 'host-2-1-vm2' });
    expect(hitTestWorld(g, -10, -10)).toBeNull();
    expect(hitTestWorld(g, g.bounds.w - 1, g.bounds.h - 1)).toBeNull();
  });

  it('agrees with a brute-force scan at random points of random datacenters', async () => {
    const spec = fc.array(fc.array(fc.record({ hypervisor: fc.boolean(), containers: fc.array(fc.nat(12), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(spec, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 20, maxLength: 20 }), async (racks, points) => {
        const g = await geometryOf(racks);
        for (const [fx, fy] of points) {
          const x = fx * g.bounds.w;
          const y = fy * g.bounds.h;
          expect(hitTestWorld(g, x, y)).toEqual(bruteForce(g, x, y));
        }
        for (const [uid, { kernel, index }] of g.cells) {
          const r = cellRect(kernel, index);
          expect(hitTestWorld(g, r.x + r.w / 2, r.y + r.h / 2)).toEqual({ type: 'container', id: String(uid) });
        }
      }),
      { numRuns: 30 },
    );
  });
});
