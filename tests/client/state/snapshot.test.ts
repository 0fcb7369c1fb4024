// The plain view types follow the schema classes field for field (checked by the type
// checker through expectTypeOf), and COLLECTIONS names every map of the root state.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ALL_COLLECTIONS_LISTED, COLLECTIONS, type CollectionName, type ContainerView, type GameView, type HostView, type RootView } from '../../../client/src/state/snapshot.ts';
import { DatacenterState } from '../../../shared/schema/DatacenterState.ts';

describe('snapshot types', () => {
  it('mirror the schema fields and nothing else', () => {
    expectTypeOf<keyof ContainerView>().toEqualTypeOf<'uid' | 'name' | 'image' | 'target' | 'state' | 'exitCode' | 'oomKilled' | 'restarts' | 'cpuMillis' | 'memMiB' | 'cpuLimitMillis' | 'memLimitMiB' | 'app' | 'pod'>();
    expectTypeOf<HostView['cordoned']>().toEqualTypeOf<boolean>();
    expectTypeOf<RootView['unlocked']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<keyof RootView>().toEqualTypeOf<'scenario' | 'mode' | 'code' | 'phase' | 'tick' | 'speed' | 'unlocked'>();
    expectTypeOf<GameView['objectives'][number]['ko']>().toEqualTypeOf<string>();
    expect(ALL_COLLECTIONS_LISTED).toBe(true);
  });

  it('list every map of the synced root state', () => {
    const state = new DatacenterState();
    const maps = Object.keys(state.toJSON()).filter((k) => {
      const v = (state as unknown as Record<string, unknown>)[k];
      return v !== null && typeof v === 'object' && typeof (v as { set?: unknown }).set === 'function' && typeof (v as { keys?: unknown }).keys === 'function';
    });
    expect([...COLLECTIONS].sort()).toEqual(maps.sort());
    expectTypeOf<(typeof COLLECTIONS)[number]>().toEqualTypeOf<CollectionName>();
  });
});
