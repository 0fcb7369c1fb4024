// Incidents are hidden truths: none is sent before it is detected, and a detected one
// carries who detected it and the timings only. Alerts are sent as `alerts` shows them.
import { describe, expect, it } from 'vitest';
import { SEVERITY, codeOf } from '../../../shared/schema/codes.ts';
import type { Incident } from '../../../shared/sim/ops/model.ts';
import { FACILITATOR, json, projected, type Projected } from './harness.ts';

function inject(p: Projected, line: string): Incident {
  const out = p.run(`inject ${line}`, FACILITATOR);
  const id = /incident (INC-\d+) opened/.exec(out)?.[1] ?? '';
  const inc = p.world.ops.incidents.get(id);
  if (!inc) throw new Error(`no incident opened: ${out}`);
  return inc;
}

/** Every string value anywhere in the synced state. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('hidden truths', () => {
  it('sends no incident before it is detected, and never its kind, target, variant or root cause', () => {
    const p = projected(3);
    p.run('docker run -d --name web shop/web:1.0');
    p.wait(5);
    const inc = inject(p, 'memory-leak web');
    p.wait(20);
    expect(inc.detectedTick).toBe(-1);
    expect(json(p).incidents).toEqual({});
    expect(JSON.stringify(json(p))).not.toContain(inc.rootCause);

    p.run('docker logs web');
    p.wait(1);
    expect(inc.detectedTick).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(json(p));
    expect(json(p).incidents).toEqual({ [inc.id]: { id: inc.id, detectedBy: inc.detectedBy, detectedTick: inc.detectedTick, resolvedTick: -1 } });
    expect(inc.rootCause.length).toBeGreaterThan(0);
    expect(text).not.toContain(inc.rootCause);
    expect(strings(json(p))).not.toContain(inc.kind);
    const incidentText = JSON.stringify(json(p).incidents);
    for (const hidden of [inc.kind, `"${inc.target}"`, inc.source, ...inc.concepts]) expect(incidentText).not.toContain(hidden);
    if (inc.variant) expect(incidentText).not.toContain(inc.variant);
  });

  it('shows a detected incident as resolved once the world resolves it', () => {
    const p = projected(3);
    p.run('docker run -d --name web shop/web:1.0');
    p.wait(5);
    const inc = inject(p, 'crash web');
    p.run('docker logs web');
    p.run('docker start web');
    p.wait(2);
    expect(inc.state).toBe('resolved');
    expect(json(p).incidents[inc.id]).toEqual({ id: inc.id, detectedBy: inc.detectedBy, detectedTick: inc.detectedTick, resolvedTick: inc.resolvedTick });
  });

  it('sends alerts as the alerts command shows them: i18n key, parameters, severity and acknowledgement', () => {
    const p = projected(3);
    p.run('docker run -d --name web shop/web:1.0');
    p.wait(5);
    inject(p, 'crash web');
    p.wait(10);
    const alert = [...p.world.ops.alerts.values()].find((a) => a.rule === 'ContainerExited');
    if (!alert) throw new Error('no ContainerExited alert');
    const sent = json(p).alerts[alert.id];
    expect(sent).toEqual({
      id: alert.id,
      rule: 'ContainerExited',
      subject: alert.subject,
      severity: codeOf(SEVERITY, alert.severity),
      summary: 'ops.alert.ContainerExited',
      params: JSON.stringify(alert.params),
      sinceTick: alert.firingSinceTick,
      resolvedTick: -1,
      ackedBy: '',
    });
    expect(JSON.parse(sent.params)).toEqual(alert.params);
    p.run(`alert ack ${alert.id}`);
    expect(json(p).alerts[alert.id].ackedBy).toBe(alert.ackedBy);
    expect(alert.ackedBy).not.toBeNull();
  });
});
