// Where alerts point: host ids, VM ids and names, `<target>/<name>` containers and
// `pod/<name>` pods resolve to the entity drawn for them; services resolve to nothing.
import { describe, expect, it } from 'vitest';
import { entityRect, subjectEntity } from '../../../../client/src/game/geometry/subjects.ts';
import { buildWorldGeometry, cellRect } from '../../../../client/src/game/geometry/worldLayout.ts';
import { fakeEntity } from '../../../../client/src/net/fakeEntities.ts';
import { selectLayout } from '../../../../client/src/state/selectors/layout.ts';
import { SMALL, worldStore } from './worldFixture.ts';

describe('alert subjects on the map', () => {
  it('resolves each kind of subject', async () => {
    const { fake, store } = await worldStore(SMALL);
    fake.patch((p) => {
      p.set('containers', '50', fakeEntity('containers', { uid: 50, name: 'api-abc', target: 'host-2-1-vm1', pod: 'api-abc' }));
      p.set('vms', 'vm-x', fakeEntity('vms', { id: 'vm-x', name: 'billing', host: 'host-2-1' }));
      p.set('services', 'shop', fakeEntity('services', { name: 'shop' }));
    });
    expect(subjectEntity(store, 'host-1-1')).toEqual({ type: 'host', id: 'host-1-1' });
    expect(subjectEntity(store, 'host-2-1-vm2')).toEqual({ type: 'vm', id: 'host-2-1-vm2' });
    expect(subjectEntity(store, 'billing')).toEqual({ type: 'vm', id: 'vm-x' });
    expect(subjectEntity(store, 'host-1-1/c3')).toEqual({ type: 'container', id: '3' });
    expect(subjectEntity(store, 'pod/api-abc')).toEqual({ type: 'container', id: '50' });
    expect(subjectEntity(store, 'host-1-1/nope')).toBeNull();
    expect(subjectEntity(store, 'shop')).toBeNull();
    const g = buildWorldGeometry(selectLayout(store));
    const cell = g.cells.get(3);
    expect(entityRect(g, { type: 'container', id: '3' })).toEqual(cell ? cellRect(cell.kernel, cell.index) : null);
    expect(entityRect(g, { type: 'host', id: 'host-1-2' })).toEqual(g.hosts.get('host-1-2')?.frame);
    expect(entityRect(g, { type: 'container', id: 'web' })).toBeNull();
  });
});
