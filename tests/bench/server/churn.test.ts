// The bench's rolling restart: which containers it touches and which lines it sends.
import { describe, expect, it } from 'vitest';
import { churnGroups, RollingChurn, type ContainerView } from '../../../bench/server/churn.ts';

const c = (uid: number, name: string, target: string, pod = ''): ContainerView => ({ uid, name, target, pod });

describe('churnGroups', () => {
  it('groups plain containers of the given hosts, skipping pods, free slots and other machines', () => {
    const groups = churnGroups(
      [c(1, 'web-2', 'ch-1'), c(2, 'web-1', 'ch-1'), c(3, 'cache-x', 'ch-1', 'cache-x'), c(0, '', 'ch-2'), c(4, 'app-1', 'vm-1'), c(5, 'shop-1', 'ch-2'), c(6, 'web-9', 'ch-3')],
      ['ch-2', 'ch-1', 'ch-4'],
    );
    expect(groups).toEqual([
      { host: 'ch-2', names: ['shop-1'] },
      { host: 'ch-1', names: ['web-1', 'web-2'] },
    ]);
  });
});

describe('RollingChurn', () => {
  const groups = Array.from({ length: 10 }, (_, i) => ({ host: `ch-${i}`, names: [`web-${i}a`, `web-${i}b`] }));

  it('stops at least perTick containers and starts what the previous tick stopped', () => {
    const churn = new RollingChurn(groups, 3);
    expect(churn.tick()).toEqual(['docker -H ch-0 stop web-0a web-0b', 'docker -H ch-1 stop web-1a web-1b']);
    expect(churn.tick()).toEqual([
      'docker -H ch-0 start web-0a web-0b',
      'docker -H ch-1 start web-1a web-1b',
      'docker -H ch-2 stop web-2a web-2b',
      'docker -H ch-3 stop web-3a web-3b',
    ]);
    expect(churn.finish()).toEqual(['docker -H ch-2 start web-2a web-2b', 'docker -H ch-3 start web-3a web-3b']);
    expect(churn.finish()).toEqual([]);
  });

  it('wraps around the hosts and never stops a host it starts in the same tick', () => {
    const churn = new RollingChurn(groups, 6);
    for (let t = 0; t < 25; t++) {
      const lines = churn.tick();
      const started = lines.filter((l) => l.includes(' start ')).map((l) => l.split(' ')[2]);
      const stopped = lines.filter((l) => l.includes(' stop ')).map((l) => l.split(' ')[2]);
      expect(stopped).toHaveLength(3);
      expect(started.filter((h) => stopped.includes(h))).toEqual([]);
    }
  });

  it('lets a tick stop more or fewer, within half of the containers', () => {
    const churn = new RollingChurn(groups, 2);
    expect(churn.maxPerTick).toBe(8);
    expect(churn.tick(100).filter((l) => l.includes(' stop '))).toHaveLength(4);
    expect(churn.tick(0).filter((l) => l.includes(' stop '))).toHaveLength(1);
  });

  it('refuses a plan that would keep half the containers down or has nothing to churn', () => {
    expect(() => new RollingChurn(groups, 11)).toThrow(/half/);
    expect(() => new RollingChurn([], 1)).toThrow(/no containers/);
  });
});
