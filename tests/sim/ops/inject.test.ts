// `inject`: only a facilitator, or anyone where the scenario allows it; a bad kind, a
// bad variant or a target the kind cannot hit is refused with what would do, and a
// refused injection changes nothing. `--at` schedules it for a game time.
import { describe, expect, it } from 'vitest';
import { sandbox, sandboxWith } from '../../helpers/sim.ts';
import { FACILITATOR, PLAYER, named, ok, refused } from './helpers.ts';

function lockedScenario() {
  return sandboxWith((json) => {
    json.incidents = { allowInject: false };
  }, 21);
}

describe('inject', () => {
  it('is refused for a player when the scenario does not allow it, and changes nothing', () => {
    const { world, sh } = lockedScenario();
    ok(sh, 'docker run -d --name web nginx:1.25');
    const error = refused(sh, 'inject crash web');
    expect(error.split('\n')[0]).toBe('inject: permission denied: only a facilitator can inject incidents in this scenario');
    expect(world.ops.incidents.size).toBe(0);
    expect(named(world, 'web').state).toBe('running');
    expect(sh.exec('inject crash web', PLAYER).ok).toBe(false);
  });

  it('is allowed for a facilitator in the same scenario', () => {
    const { world, sh } = lockedScenario();
    ok(sh, 'docker run -d --name web nginx:1.25');
    const r = sh.exec('inject crash web', FACILITATOR);
    expect(r.output).toBe('incident INC-1 opened: crash on web');
    expect(named(world, 'web').state).toBe('exited');
    expect(world.ops.incidents.get('INC-1')?.source).toBe('instructor');
  });

  it('refuses a wrong kind, variant or target with what would do, changing nothing', () => {
    const { sh } = sandbox(21);
    ok(sh, 'docker run -d --name web nginx:1.25');
    ok(sh, 'docker -H host-2 run -d --name web nginx:1.25');
    expect(refused(sh, 'inject crash host-1')).toBe('inject: crash needs a running container ([<host-or-vm>/]<name>): no running container "host-1"; "host-1" is a host; running containers: host-1/web, host-2/web');
    expect(refused(sh, 'inject crash web')).toBe('inject: crash needs a running container ([<host-or-vm>/]<name>): "web" is ambiguous: host-1/web, host-2/web (say <host-or-vm>/<name>)');
    expect(refused(sh, 'inject meteor host-1')).toMatch(/^inject: unknown incident kind "meteor" \(kinds: crash, crash-loop, memory-leak, /);
    expect(refused(sh, 'inject bad-release host-1/web --variant sideways')).toBe('inject: bad-release has no variant "sideways" (variants: slow, errors, crash)');
    expect(refused(sh, 'inject crash host-1/web --variant slow')).toBe('inject: crash has no variants');
    expect(refused(sh, 'inject host-failure host-9')).toBe('inject: host-failure needs a host that is up: no "host-9" here; hosts that are up: host-1, host-2, host-3, host-4');
    expect(refused(sh, 'inject power-loss host-1')).toBe('inject: power-loss needs a rack with power: no rack "host-1" (host-1 is a host; it is in rack-1); racks with power: rack-1, rack-2');
    expect(refused(sh, 'inject traffic-spike web')).toBe('inject: traffic-spike needs a service: no service "web"; services: shop-web');
    expect(refused(sh, 'inject registry-outage quay.io')).toBe('inject: registry-outage needs a registry that answers (docker.io, or a private one as <host>:<port>): no "quay.io" here; registries: docker.io');
    expect(refused(sh, 'inject crash')).toMatch(/^usage: inject <kind> <target>/);
    expect(refused(sh, 'inject crash host-1/web --at 5x')).toMatch(/^inject: invalid time "5x"/);
  });

  it('--at schedules the incident for a game time or after a delay', () => {
    const { world, sh } = sandbox(21);
    ok(sh, 'docker run -d --name web nginx:1.25');
    sh.wait(10 - world.tick);
    expect(ok(sh, 'inject crash web --at +30s')).toBe('incident scheduled: crash on web at 0h00m40s (in 30s)');
    expect(ok(sh, 'inject memory-leak web --at 2m')).toBe('incident scheduled: memory-leak on web at 0h02m00s (in 110s)');
    sh.wait(30);
    expect(world.ops.incidents.size).toBe(0);
    sh.wait(1);
    expect(world.ops.incidents.get('INC-1')?.kind).toBe('crash');
    expect(world.ops.incidents.get('INC-1')?.openedTick).toBe(40);
    sh.wait(100);
    // The container it aimed at is not running any more: the scheduled leak is skipped.
    expect(world.tick).toBe(141);
    expect(world.ops.incidents.size).toBe(1);
    expect(refused(sh, 'inject host-failure host-1 --at 1m')).toBe('inject: 1m is in the past (the game time is 0h02m21s)');
  });
});
