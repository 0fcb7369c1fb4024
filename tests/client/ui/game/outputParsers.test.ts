// Reading `docker images` and `hint` tables (the palette's images and the hints' costs),
// and the inspector's short metric histories: bounded per entity and per number of
// entities, one reading per tick.
import { describe, expect, it } from 'vitest';
import { MetricHistory } from '../../../../client/src/ui/game/MetricHistory.ts';
import { parseDockerImages, parseHintList } from '../../../../client/src/ui/game/outputParsers.ts';
import { sparkPoints } from '../../../../client/src/ui/game/sparkline.ts';

describe('output parsers', () => {
  it('reads image refs from docker images and ignores other tables', () => {
    const out = 'REPOSITORY       TAG       IMAGE ID       CREATED       SIZE\nshop/web         1.0       7229230524f3   12 days ago   182MB\n<none>           <none>    c179c885b4ec   1 day ago     260MB\nredis            7         1a2b3c4d5e6f   2 days ago    40MB';
    expect(parseDockerImages(out)).toEqual(['shop/web:1.0', 'redis:7']);
    expect(parseDockerImages('CONTAINER ID   IMAGE   NAMES\nabc   nginx:1   web')).toEqual([]);
  });

  it('reads hint ids, costs and whether taken, whatever the header language', () => {
    const out = '힌트        비용   상태\nsizes       100    봄\nplacement   300    -\n\n"hint <id>"로 힌트를 볼 수 있습니다.';
    expect(parseHintList(out)).toEqual([
      { id: 'sizes', cost: 100, taken: true },
      { id: 'placement', cost: 300, taken: false },
    ]);
    expect(parseHintList('hint: this scenario has no hints')).toEqual([]);
  });
});

describe('metric history', () => {
  it('keeps the last N readings, replacing a second reading in the same tick', () => {
    const h = new MetricHistory(3, 2);
    for (const [tick, v] of [[1, 10], [2, 20], [2, 25], [3, 30], [4, 40]] as const) h.record('host:a', tick, [{ key: 'cpu', value: v, max: 1000, unit: 'permille' }]);
    expect(h.series('host:a')).toEqual([{ key: 'cpu', unit: 'permille', values: [25, 30, 40], max: 1000 }]);
  });

  it('forgets the entity recorded least recently beyond its capacity', () => {
    const h = new MetricHistory(3, 2);
    const s = [{ key: 'cpu' as const, value: 1, max: 1, unit: 'count' as const }];
    h.record('a', 1, s);
    h.record('b', 1, s);
    h.record('a', 2, s);
    h.record('c', 2, s);
    expect(h.series('b')).toEqual([]);
    expect(h.series('a')[0]?.values).toEqual([1, 1]);
  });

  it('scales the chart to its maximum, newest reading on the right', () => {
    expect(sparkPoints([0, 50, 100], 100, 100, 12)).toBe('0.0,11.0 50.0,6.0 100.0,1.0');
    expect(sparkPoints([], 100)).toBe('');
  });
});
