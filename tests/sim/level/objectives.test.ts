// Objectives are judged on the world every tick: each kind is met, not met, or (for an
// always-objective) failed for good, from what really runs, costs and happened.
import { describe, expect, it } from 'vitest';
import { EventSink } from '../../../shared/sim/events.ts';
import { evaluateCheck } from '../../../shared/sim/level/checks.ts';
import { newObjectiveState } from '../../../shared/sim/level/objectiveState.ts';
import type { Incident } from '../../../shared/sim/ops/model.ts';
import type { World } from '../../../shared/sim/model.ts';
import { levelWorld, obj, run, SHOP_WEB, state } from './levelWorld.ts';

function incident(world: World, id: string, resolvedTick: number): Incident {
  const inc: Incident = {
    id, kind: 'crash', target: 'web-1', variant: '', openedTick: 0, detectedTick: -1, detectedBy: '', resolvedTick, state: resolvedTick >= 0 ? 'resolved' : 'open',
    rootCause: 'a null pointer in the checkout code', concepts: ['self-healing'], source: 'schedule', subjects: [], logCursor: 0, data: {},
  };
  world.ops.incidents.set(id, inc);
  return inc;
}

describe('running', () => {
  it('counts running containers by label, image, machine kind and host', () => {
    const { world, sh } = levelWorld({
      objectives: [
        obj('web', 'running', { selector: { app: 'shop-web' }, min: 2 }),
        obj('bare', 'running', { image: 'nginx:1.25', machine: 'bare-metal', min: 1 }),
        obj('in-vm', 'running', { image: 'nginx:1.25', machine: 'vm', min: 1 }),
        obj('on-2', 'running', { image: 'nginx:1.25', on: 'host-2', min: 1 }),
      ],
    });
    sh.wait(1);
    expect(state(world, 'web')).toMatchObject({ met: false, progress: '0/2' });
    run(sh, 'docker run -d --name web-1 -l app=shop-web shop/web:1.0');
    run(sh, 'docker run -d --name other -l app=billing shop/web:1.0');
    run(sh, 'docker -H host-2 run -d --name front nginx:1.25');
    sh.wait(2);
    expect(state(world, 'web')).toMatchObject({ met: false, progress: '1/2' });
    expect(state(world, 'bare').met).toBe(true);
    expect(state(world, 'on-2').met).toBe(true);
    expect(state(world, 'in-vm')).toMatchObject({ met: false, progress: '0/1' });
    run(sh, 'docker run -d --name web-2 --label app=shop-web shop/web:1.0');
    sh.wait(2);
    expect(state(world, 'web')).toMatchObject({ met: true, progress: '2/2' });
    run(sh, 'docker stop web-1');
    sh.wait(1);
    expect(state(world, 'web')).toMatchObject({ met: false, progress: '1/2' });
  });
});

describe('always-objectives', () => {
  it('no-oom-kills fails for good on the first OOM kill and names the victim', () => {
    const { world, sh } = levelWorld({ objectives: [obj('no-oom', 'no-oom-kills')] });
    sh.wait(5);
    expect(state(world, 'no-oom')).toMatchObject({ met: true, failed: false });
    run(sh, 'docker run -d --name hog -m 64m memhog:1.0');
    sh.wait(5);
    expect(state(world, 'no-oom')).toMatchObject({ met: false, failed: true });
    expect(state(world, 'no-oom').progress).toMatch(/^OOM hog @/);
    run(sh, 'docker rm -f hog');
    sh.wait(5);
    expect(state(world, 'no-oom').failed).toBe(true);
  });

  it('budget-never-below fails once running costs take the balance under the floor', () => {
    const broke = levelWorld({ budget: 0, objectives: [obj('budget', 'budget-never-below', { dollars: 0 })] });
    const rich = levelWorld({ budget: 1000, objectives: [obj('budget', 'budget-never-below', { dollars: 0 })] });
    broke.sh.wait(120);
    rich.sh.wait(120);
    expect(broke.world.economy.balanceCents).toBeLessThan(0);
    expect(state(broke.world, 'budget')).toMatchObject({ met: false, failed: true });
    expect(state(rich.world, 'budget')).toMatchObject({ met: true, failed: false });
  });

  it('max-hosts as an always-objective is checked only from its "from" time', () => {
    const { world, sh } = levelWorld({ objectives: [obj('hosts', 'max-hosts', { n: 3, mode: 'always', from: '2m' })] });
    sh.wait(60);
    expect(state(world, 'hosts')).toMatchObject({ met: true, failed: false, progress: '4 > 3' });
    sh.wait(61);
    expect(state(world, 'hosts')).toMatchObject({ met: false, failed: true });
  });
});

describe('end-objectives of the infrastructure', () => {
  it('max-hosts counts hosts that are up', () => {
    const { world, sh } = levelWorld({ objectives: [obj('four', 'max-hosts', { n: 4 }), obj('three', 'max-hosts', { n: 3 })] });
    sh.wait(1);
    expect(state(world, 'four')).toMatchObject({ met: true, progress: '4 <= 4' });
    expect(state(world, 'three')).toMatchObject({ met: false, failed: false, progress: '4 > 3' });
  });

  it('vm-count counts booting and running VMs, by OS', () => {
    const { world, sh } = levelWorld({ objectives: [obj('one', 'vm-count', { min: 1, max: 1 }), obj('win', 'vm-count', { min: 1, os: 'windows' })] });
    sh.wait(1);
    expect(state(world, 'one')).toMatchObject({ met: false, progress: '0 (1-1)' });
    run(sh, 'vm create app-vm --host host-3 --vcpus 2 --memory 4g');
    sh.wait(1);
    expect(state(world, 'one').met).toBe(true);
    expect(state(world, 'win')).toMatchObject({ met: false, progress: '0/1' });
    run(sh, 'vm create app-vm2 --host host-3 --vcpus 2 --memory 4g');
    sh.wait(1);
    expect(state(world, 'one')).toMatchObject({ met: false, progress: '2 (1-1)' });
  });

  it('image-in-registry looks at the registry the reference names', () => {
    const { world, sh } = levelWorld({
      objectives: [
        obj('public', 'image-in-registry', { ref: 'nginx:1.25' }),
        obj('missing', 'image-in-registry', { ref: 'shop/web:9.9' }),
        obj('private', 'image-in-registry', { ref: 'host-2:5000/shop/web:1.1' }),
      ],
    });
    sh.wait(1);
    expect(state(world, 'public').met).toBe(true);
    expect(state(world, 'missing').met).toBe(false);
    expect(state(world, 'private').met).toBe(false);
    run(sh, 'docker -H host-2 run -d --name registry -p 5000:5000 registry:2');
    run(sh, 'docker pull shop/web:1.1');
    run(sh, 'docker tag shop/web:1.1 host-2:5000/shop/web:1.1');
    run(sh, 'docker push host-2:5000/shop/web:1.1');
    sh.wait(1);
    expect(state(world, 'private').met).toBe(true);
    run(sh, 'docker -H host-2 rm -f registry');
    sh.wait(1);
    expect(state(world, 'private').met).toBe(false);
  });

  it('command-used is met by a successful matching command, and stays met', () => {
    const { world, sh } = levelWorld({ objectives: [obj('looked', 'command-used', { pattern: '^host inspect ' })] });
    sh.wait(1);
    expect(state(world, 'looked').met).toBe(false);
    expect(sh.exec('host inspect host-9').ok).toBe(false);
    sh.wait(1);
    expect(state(world, 'looked').met).toBe(false);
    run(sh, 'host inspect host-1');
    sh.wait(1);
    expect(state(world, 'looked')).toMatchObject({ met: true, progress: 'yes' });
    sh.wait(10);
    expect(state(world, 'looked').met).toBe(true);
  });

  it('incident-resolved needs the incident to exist and be resolved', () => {
    // Judged directly: the incident system would handle a hand-made incident by itself.
    const { world } = levelWorld({ objectives: [obj('fixed', 'incident-resolved', { incident: 'inc-1' })] });
    const check = { kind: 'incident-resolved', incidentKind: '', incidentId: 'inc-1' } as const;
    const st = newObjectiveState({ id: 'fixed', title: { en: 'f', ko: 'f' }, mode: 'end', fromTick: 0, check });
    const judge = (): string => {
      const r = evaluateCheck(world, check, st, new EventSink());
      return `${r.met} ${r.progress}`;
    };
    expect(judge()).toBe('false -');
    const inc = incident(world, 'inc-1', -1);
    expect(judge()).toBe('false inc-1 open');
    inc.state = 'resolved';
    inc.resolvedTick = 5;
    expect(judge()).toBe('true 1 resolved');
    incident(world, 'inc-2', -1);
    expect(judge()).toBe('true 1 resolved');
    const byKind = { kind: 'incident-resolved', incidentKind: 'crash', incidentId: '' } as const;
    expect(evaluateCheck(world, byKind, st, new EventSink())).toMatchObject({ met: false, progress: 'inc-2 open' });
  });

  it('deployment-available counts the ready pods of the deployment\'s replica sets', () => {
    const { world } = levelWorld({ objectives: [obj('x', 'running', { image: 'nginx:1.25', min: 1 })] });
    const check = { kind: 'deployment-available', name: 'web', replicas: 2 } as const;
    const st = newObjectiveState({ id: 'd', title: { en: 'd', ko: 'd' }, mode: 'end', fromTick: 0, check });
    const judge = (): string => {
      const r = evaluateCheck(world, check, st, new EventSink());
      return `${r.met} ${r.progress}`;
    };
    expect(judge()).toBe('false 0/2');
    const tmpl = { labels: { app: 'web' }, container: { name: 'web', image: 'nginx:1.25', cpuRequestMillis: 0, cpuLimitMillis: 0, memoryRequestMiB: 0, memoryLimitMiB: 0, containerPort: 80, env: [], readinessDelayTicks: 0 } };
    world.k8s.deployments.set('web', { name: 'web', replicas: 2, selector: { app: 'web' }, template: tmpl, maxSurge: '25%', maxUnavailable: '25%', revision: 1, progressDeadlineTicks: 600, rolloutStartedTick: -1, lastProgressTick: 0, progressDeadlineExceeded: false, changeCauses: {}, createdTick: 0 } as never);
    world.k8s.replicaSets.set('web-abc', { name: 'web-abc', deployment: 'web', revision: 1, templateHash: 'abc', template: tmpl, replicas: 2, createdTick: 0 } as never);
    const pod = (name: string, ready: boolean, status: string): void => {
      world.k8s.pods.set(name, { name, owner: 'web-abc', ready, status, labels: { app: 'web' } } as never);
    };
    pod('web-abc-1', true, 'Running');
    pod('web-abc-2', false, 'Running');
    pod('web-abc-3', true, 'Terminating');
    expect(judge()).toBe('false 1/2');
    pod('web-abc-2', true, 'Running');
    expect(judge()).toBe('true 2/2');
  });
});

describe('service objectives over a window', () => {
  it('availability waits for a full window, then compares good requests with the minimum', () => {
    const { world, sh } = levelWorld({
      services: [SHOP_WEB],
      objectives: [obj('slo', 'service-availability', { service: 'shop-web', min: 99, window: '1m' })],
    });
    sh.wait(30);
    expect(state(world, 'slo')).toMatchObject({ met: false, progress: '0h00m30s/0h01m00s' });
    sh.wait(30);
    // A minute with no backend: every request failed.
    expect(state(world, 'slo')).toMatchObject({ met: false, progress: '0.00% < 99%' });
    run(sh, 'docker run -d -l app=shop-web shop/web:1.0');
    run(sh, 'docker run -d -l app=shop-web shop/web:1.0');
    sh.wait(30);
    expect(state(world, 'slo').met).toBe(false);
    sh.wait(40);
    expect(state(world, 'slo')).toMatchObject({ met: true, progress: '100.00% >= 99%' });
  });

  it('an always availability objective fails once a full window falls short', () => {
    const { world, sh } = levelWorld({
      services: [SHOP_WEB],
      objectives: [obj('slo', 'service-availability', { service: 'shop-web', min: 99, window: '1m', mode: 'always' })],
    });
    sh.wait(59);
    expect(state(world, 'slo')).toMatchObject({ met: true, failed: false });
    sh.wait(1);
    expect(state(world, 'slo')).toMatchObject({ met: false, failed: true });
  });

  it('latency compares the request-weighted p95 over the window with the maximum', () => {
    const { world, sh } = levelWorld({
      services: [SHOP_WEB],
      objectives: [obj('fast', 'service-latency', { service: 'shop-web', maxMs: 1000, window: '1m' }), obj('instant', 'service-latency', { service: 'shop-web', maxMs: 1, window: '1m' })],
    });
    run(sh, 'docker run -d -l app=shop-web shop/web:1.0');
    sh.wait(70);
    expect(state(world, 'fast').met).toBe(true);
    expect(state(world, 'fast').progress).toMatch(/^\d+ms <= 1000ms$/);
    expect(state(world, 'instant').met).toBe(false);
    expect(state(world, 'instant').progress).toMatch(/^\d+ms > 1ms$/);
  });
});
