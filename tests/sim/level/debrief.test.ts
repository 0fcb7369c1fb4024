// The debrief: result, objectives, score parts, incidents with time to detect and resolve,
// the commands that changed the world (not the ones that only looked), and the concepts
// with the first line of their lesson; in the reader's language.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../shared/sim/level/debrief.ts';
import { isReadOnlyCommand } from '../../../shared/sim/level/readOnly.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { levelWorld, obj, run, SHOP_WEB } from './levelWorld.ts';

describe('isReadOnlyCommand', () => {
  it.each([
    ['docker ps -a', true],
    ['docker -H host-2 logs web', true],
    ['docker --host host-2 stats --no-stream', true],
    ['docker network ls', true],
    ['docker exec web ps', true],
    ['host list', true],
    ['host dmesg host-1', true],
    ['vm inspect v1', true],
    ['kubectl get pods -o wide', true],
    ['kubectl rollout status deployment/web', true],
    ['status', true],
    ['hint look', true],
    ['explain cgroups', true],
    ['docker run -d nginx:1.25', false],
    ['docker -H host-2 rm -f web', false],
    ['docker network create backend', false],
    ['docker exec web kill 1', false],
    ['host cordon host-1', false],
    ['vm create v --host host-3 --vcpus 1 --memory 1g', false],
    ['kubectl rollout undo deployment/web', false],
    ['kubectl scale deployment/web --replicas=3', false],
    ['alert ack A1', false],
  ])('%s → %s', (line, expected) => {
    expect(isReadOnlyCommand(line)).toBe(expected);
  });
});

describe('buildDebrief', () => {
  function played() {
    const { world, sh } = levelWorld({
      duration: '3m',
      services: [SHOP_WEB],
      hints: [{ id: 'look', cost: 10, text: { en: 'Look.', ko: '보세요.' } }],
      objectives: [obj('web', 'running', { selector: { app: 'shop-web' }, min: 1 })],
    });
    run(sh, 'host list');
    run(sh, 'hint look');
    run(sh, 'docker run -d --name web-1 -l app=shop-web shop/web:1.0');
    run(sh, 'docker ps');
    expect(sh.exec('docker rm nosuch').ok).toBe(false);
    world.ops.incidents.set('inc-1', {
      id: 'inc-1', kind: 'crash', target: 'web-1', variant: '', openedTick: 20, detectedTick: 50, detectedBy: 'console', resolvedTick: 140, state: 'resolved',
      rootCause: 'a bug in the checkout code', concepts: ['self-healing', 'cgroups'], source: 'schedule', subjects: [], logCursor: 0, data: {},
    });
    sh.wait(180 - world.tick);
    return world;
  }

  it('gives the result, objectives, score parts and an incident timeline', () => {
    const world = played();
    const d = buildDebrief(world, 'en');
    expect(d).toMatchObject({ ended: true, won: true, endReason: 'time', endedTick: 180, score: world.level.score, stars: world.level.stars });
    expect(d.objectives).toEqual([{ id: 'web', title: 'an objective', met: true, failed: false, progress: '1/1' }]);
    expect(d.breakdown).toEqual(world.level.breakdown);
    expect(d.breakdown.hintCost).toBe(10);
    expect(d.incidents).toEqual([{ id: 'inc-1', kind: 'crash', target: 'web-1', openedTick: 20, ttdTicks: 30, ttrTicks: 120, detectedBy: 'console', rootCause: 'a bug in the checkout code' }]);
    expect(d.text).toContain('You did the thing.');
    expect(d.text).toContain('0h00m20s inc-1 crash on web-1: detected after 30 seconds, resolved after 2 minutes');
    expect(d.text).toContain('root cause: a bug in the checkout code');
  });

  it('lists only the commands that changed the world, and the concepts with their first lesson line', () => {
    const d = buildDebrief(played(), 'en');
    expect(d.commands.map((c) => c.line)).toEqual(['docker run -d --name web-1 -l app=shop-web shop/web:1.0']);
    expect(d.text).toMatch(/^ {2}\[0h00m\d\ds\] console\$ docker run -d --name web-1 -l app=shop-web shop\/web:1\.0$/m);
    expect(d.concepts.map((c) => c.id)).toEqual(['cgroups', 'self-healing']);
    const first = translate('en', 'concepts.cgroups.body').split('\n')[0];
    expect(d.concepts[0]).toEqual({ id: 'cgroups', title: translate('en', 'concepts.cgroups.title'), summary: first });
    expect(d.text).toContain(`cgroups — ${translate('en', 'concepts.cgroups.title')}: ${first}`);
  });

  it('reads in Korean', () => {
    const d = buildDebrief(played(), 'ko');
    expect(d.text).toContain('그 일을 했습니다.');
    expect(d.text).toContain('== 디브리핑 ==');
    expect(d.concepts[0]?.summary).toBe(translate('ko', 'concepts.cgroups.body').split('\n')[0]);
  });

  it('before the end, reports the level as it stands', () => {
    const { world, sh } = levelWorld({ objectives: [obj('no-oom', 'no-oom-kills')] });
    sh.wait(10);
    const d = buildDebrief(world, 'en');
    expect(d.ended).toBe(false);
    expect(d.endReason).toBeNull();
    expect(d.incidents).toEqual([]);
    expect(d.text).toContain('left of 0h10m00s');
  });
});
