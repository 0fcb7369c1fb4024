// Culling: the hosts and chunks reported on screen are exactly those whose frame meets
// the visible rectangle (grown by the margin), compared with a brute-force filter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChunks } from '../../../../client/src/game/geometry/chunks.ts';
import { visibleChunks, visibleHosts } from '../../../../client/src/game/geometry/culling.ts';
import { inflate, intersects } from '../../../../client/src/game/geometry/rect.ts';
import { buildWorldGeometry } from '../../../../client/src/game/geometry/worldLayout.ts';
import { selectLayout } from '../../../../client/src/state/selectors/layout.ts';
import { worldStore } from './worldFixture.ts';

describe('culling', () => {
  it('finds exactly the hosts and chunks meeting the view', async () => {
    const racks = Array.from({ length: 6 }, (_, r) => Array.from({ length: 20 }, (_, h) => ({ hypervisor: (r + h) % 3 === 0, containers: [(h * 7) % 11, 2] })));
    const { store } = await worldStore(racks);
    const g = buildWorldGeometry(selectLayout(store));
    const chunks = buildChunks(g, 2000);
    const rect = fc.record({ x: fc.double({ min: -500, max: g.bounds.w, noNaN: true }), y: fc.double({ min: -500, max: g.bounds.h, noNaN: true }), w: fc.double({ min: 1, max: 4000, noNaN: true }), h: fc.double({ min: 1, max: 4000, noNaN: true }) });
    fc.assert(
      fc.property(rect, fc.nat(200), (view, margin) => {
        const grown = inflate(view, margin);
        const want = [...g.hosts.values()].filter((h) => intersects(h.frame, grown)).map((h) => h.id).sort();
        expect(visibleHosts(g, view, margin).map((h) => h.id).sort()).toEqual(want);
        expect(visibleChunks(chunks, view, margin).map((c) => c.key).sort()).toEqual(chunks.filter((c) => intersects(c.frame, grown)).map((c) => c.key).sort());
      }),
      { numRuns: 200 },
    );
  });
});
