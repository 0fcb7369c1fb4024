// Concept (observability): `alerts` lists what fires on symptoms, `alert ack` takes one
// (and counts as detecting the incident behind it), `incidents` shows what the team knows
// with time to detect and resolve: an undetected incident is not listed for players, and
// a root cause is shown only once it is resolved. A facilitator sees everything.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import { FACILITATOR, PLAYER, firing, inject, ok, refused } from './helpers.ts';

const KO: Actor = { id: 'k', name: 'minji', role: 'player', lang: 'ko' };

function twoIncidents() {
  const { world, sh } = sandbox(22);
  ok(sh, 'docker -H host-2 run -d --name db postgres:16');
  ok(sh, 'docker -H host-1 run -d --name web nginx:1.25');
  sh.wait(10);
  inject(sh, 'crash host-2/db');
  inject(sh, 'kernel-panic host-1');
  sh.wait(40);
  return { world, sh };
}

describe('alerts, alert ack, incidents', () => {
  it('lists firing alerts with severity, rule, subject, age and state; critical first', () => {
    const { world, sh } = twoIncidents();
    const lines = ok(sh, 'alerts').split('\n');
    expect(lines[0]).toMatch(/^ID +SEVERITY +RULE +SUBJECT +SINCE +STATE +SUMMARY$/);
    const hostDown = firing(world, 'HostDown', 'host-1')[0];
    const exited = firing(world, 'ContainerExited', 'host-2/db')[0];
    expect(lines.find((l) => l.startsWith(`${hostDown?.id} `))).toMatch(/^A\d+ +critical +HostDown +host-1 +\d+s +firing +host-1 does not answer probes$/);
    expect(lines.findIndex((l) => l.includes('HostDown'))).toBeLessThan(lines.findIndex((l) => l.includes('ContainerExited')));
    expect(lines.find((l) => l.includes('ContainerExited'))).toMatch(/host-2\/db exited with code 139 and was not restarted$/);
    expect(ok(sh, 'alerts', KO)).toContain('host-1: 프로브에 응답 없음');
    expect(exited?.severity).toBe('warning');
  });

  it('ack takes an alert, once; unknown and resolved ones are refused without changing anything', () => {
    const { world, sh } = twoIncidents();
    const a = firing(world, 'HostDown', 'host-1')[0];
    expect(ok(sh, `alert ack ${a?.id.toLowerCase()}`, PLAYER)).toBe(`${a?.id} acknowledged: HostDown on host-1`);
    expect(ok(sh, `alert ack ${a?.id}`, KO)).toBe(`${a?.id}: 이미 확인됨 (확인한 사람: alice)`);
    expect(ok(sh, 'alerts')).toMatch(new RegExp(`${a?.id} .* acked by alice`));
    expect(refused(sh, 'alert ack A99').split('\n')[0]).toBe('alert ack: no alert "A99"');
    expect(refused(sh, 'alert mute A1')).toBe('alert: unknown command "mute"\nusage: alert ack <id>');
    expect(refused(sh, 'alerts --bogus')).toMatch(/^alerts: unknown flag: --bogus/);
    ok(sh, 'docker -H host-2 rm -f db');
    sh.wait(5);
    const resolved = [...world.ops.alerts.values()].find((x) => x.rule === 'ContainerExited');
    expect(resolved?.resolvedTick).toBeGreaterThan(0);
    expect(refused(sh, `alert ack ${resolved?.id}`)).toMatch(/is resolved: nothing to acknowledge$/);
    expect(ok(sh, 'alerts --all')).toMatch(new RegExp(`${resolved?.id} .* resolved \\d+s ago`));
  });

  it('hides undetected incidents and open root causes from players, not from a facilitator', () => {
    const { world, sh } = twoIncidents();
    expect(ok(sh, 'incidents', PLAYER)).toBe('No known incidents.');
    const all = ok(sh, 'incidents', FACILITATOR);
    expect(all).toMatch(/INC-1 +undetected +0h00m\d\ds +\(40s\) +\(40s\) +crash +host-2\/db/);
    expect(all).toContain('INC-2: A kernel bug (in ');
    const a = firing(world, 'HostDown', 'host-1')[0];
    ok(sh, `alert ack ${a?.id}`, PLAYER);
    sh.wait(1);
    const seen = ok(sh, 'incidents', PLAYER);
    expect(seen).toMatch(/INC-2 +open +0h00m\d\ds +40s +\(41s\) +\? +\?/);
    expect(seen).not.toContain('INC-1');
    expect(seen).not.toContain('kernel');
    // Resolved: kind, target and root cause are shown, in the reader's language.
    ok(sh, 'docker -H host-2 start db');
    sh.wait(1);
    const ko = ok(sh, 'incidents', KO);
    expect(ko).toMatch(/INC-1 +resolved .* crash +host-2\/db/);
    expect(ko).toContain('INC-1: host-2/db (postgres:16)의 애플리케이션 버그');
    expect(ko).toContain('근본 원인:');
  });
});
