// Inspector charts: one sample of the watched entity per game tick, bounded, restarted
// when another entity is watched, and paused while the entity is gone.
import { describe, expect, it } from 'vitest';
import { FakeConnection } from '../../../client/src/net/FakeConnection.ts';
import { fakeEntity } from '../../../client/src/net/fakeEntities.ts';
import { ClientStore } from '../../../client/src/state/ClientStore.ts';
import { MetricHistory } from '../../../client/src/state/MetricHistory.ts';

describe('MetricHistory', () => {
  it('samples the watched entity once per tick and keeps only the newest values', async () => {
    const fake = new FakeConnection();
    const store = new ClientStore(fake);
    await fake.create({ mode: 'solo', scenario: 'sandbox' });
    const history = new MetricHistory(store, 3);
    const host = (tick: number, cpu: number) =>
      fake.patch((p) => {
        p.root({ tick });
        p.set('hosts', 'host-1', fakeEntity('hosts', { id: 'host-1', cpuPermille: cpu }));
      });
    host(1, 100);
    history.watch('hosts', 'host-1');
    host(2, 200);
    fake.patch((p) => p.set('hosts', 'host-1', fakeEntity('hosts', { id: 'host-1', cpuPermille: 999 }))); // same tick: no sample
    host(3, 300);
    host(4, 400);
    expect(history.series('cpuPermille')).toEqual([200, 300, 400]);
    expect(history.sampledTicks).toEqual([2, 3, 4]);
    expect(history.series('id')).toEqual([]);

    fake.patch((p) => {
      p.root({ tick: 5 });
      p.remove('hosts', 'host-1');
    });
    expect(history.series('cpuPermille')).toEqual([200, 300, 400]);

    fake.patch((p) => p.set('containers', '0', fakeEntity('containers', { uid: 4, memMiB: 64 })));
    history.watch('containers', 4);
    expect(history.series('memMiB')).toEqual([64]);
    expect(history.series('cpuPermille')).toEqual([]);
    history.dispose();
    fake.patch((p) => {
      p.root({ tick: 9 });
      p.set('containers', '0', fakeEntity('containers', { uid: 4, memMiB: 80 }));
    });
    expect(history.series('memMiB')).toEqual([64]);
  });
});
