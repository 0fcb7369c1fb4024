// The services and economy parts of a scenario validate with precise `path: message`
// problems, default when absent, and cross-check names against the rest of the world.
import { describe, expect, it } from 'vitest';
import sandboxJson from '../../../shared/scenarios/sandbox.json';
import { parseScenario } from '../../../shared/sim/scenario/schema.ts';
import { ScenarioError, createWorld } from '../../../shared/sim/world.ts';

function sandboxCopy(): Record<string, any> {
  return structuredClone(sandboxJson) as Record<string, any>;
}

function schemaErrors(json: unknown): string[] {
  const r = parseScenario(json);
  return r.ok ? [] : r.errors;
}

function worldProblems(json: unknown): string[] {
  const r = parseScenario(json);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  try {
    createWorld(r.scenario, 1);
  } catch (err) {
    if (err instanceof ScenarioError) return err.problems;
    throw err;
  }
  return [];
}

describe('services and economy in the scenario format', () => {
  it('loads the sandbox with its shop-web service and budget', () => {
    const r = parseScenario(sandboxCopy());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const w = createWorld(r.scenario, 1);
    const s = w.services.get('shop-web');
    expect(s?.entry).toEqual({ kind: 'labels', selector: { app: 'shop-web' } });
    expect(s?.traffic).toMatchObject({ baseRps: 20, peakRps: 60, dayTicks: 1800, peakAtTick: 900, noisePermille: 50 });
    expect(s?.slo).toEqual({ availabilityPermille: 995, latencyMs: 300 });
    expect(s?.revenuePerKiloRequestCents).toBe(50);
    expect(s?.sloWindow.size).toBe(600);
    expect(w.economy).toMatchObject({ balanceCents: 5_000_000, startCents: 5_000_000, deliveryTicks: 600, buyable: ['cs-8', 'cs-16', 'hv-32'], egressCentsPerGiB: 5 });
  });

  it('defaults everything when the parts are absent', () => {
    const json = sandboxCopy();
    delete json.services;
    delete json.economy;
    const r = parseScenario(json);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const w = createWorld(r.scenario, 1);
    expect(w.services.size).toBe(0);
    expect(w.economy.balanceCents).toBe(0);
    expect(w.economy.buyable).toEqual([]);
  });

  it('names the path of each problem in the services part', () => {
    const json = sandboxCopy();
    const good = json.services[0];
    json.services = [
      { ...good, entry: { labels: { app: 'a' }, k8sService: 'a' } },
      { ...good, name: 'b', traffic: { baseRps: 50, peakRps: 10, dayLength: '30m', peakAt: '40m' } },
      { ...good, name: 'c', traffic: { baseRps: 5, dayLength: 'soon' }, slo: { availability: 99.95, latencyMs: 300 } },
      { ...good, name: 'd', entry: { labels: {} }, sloWindow: '2d', revenuePerThousand: 0.001 },
      { ...good, name: 'e', traffic: { baseRps: 5, rps: 9 } },
    ];
    expect(schemaErrors(json).sort()).toEqual([
      'services[0].entry: give exactly one of "labels" (e.g. {"app": "shop-web"}) or "k8sService" (e.g. "shop-web")',
      'services[1].traffic.peakAt: 2400s is past the end of the 1800s day',
      'services[1].traffic.peakRps: the peak (10) is below the base rate (50)',
      'services[2].slo.availability: the game counts availability in steps of 0.1 % (99.9, not 99.95)',
      'services[2].traffic.dayLength: expected a duration such as 90s, 30m or 1h30m (or a number of seconds), got "soon"',
      'services[3].entry.labels: an empty selector would send requests to every container: name at least one label',
      'services[3].revenuePerThousand: expected dollars with at most two decimals (whole cents), got 0.001',
      'services[3].sloWindow: expected a window from 1s to 24h',
      'services[4].traffic: Unrecognized key: "rps"',
    ]);
  });

  it('names the path of each problem in the economy part', () => {
    const json = sandboxCopy();
    json.economy = { budget: -5, deliveryTime: 'later', buyable: 'cs-8', egress: 1 };
    const errors = schemaErrors(json);
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^economy\.budget: /),
      'economy.deliveryTime: expected a duration such as 90s, 10m or 2h (or a number of seconds), got "later"',
      expect.stringMatching(/^economy\.buyable: /),
      'economy: Unrecognized key: "egress"',
    ]));
    expect(errors).toHaveLength(4);
  });

  it('accepts a k8sService entry whose Service does not exist yet when there is an orchestrator', () => {
    const json = sandboxCopy();
    json.cluster = { nodes: ['*hosts'] };
    json.services[0].entry = { k8sService: 'shop-web' };
    expect(worldProblems(json)).toEqual([]);
  });

  it('cross-checks names against the world', () => {
    const json = sandboxCopy();
    delete json.cluster;
    json.services.push({ ...json.services[0] }, { ...json.services[0], name: 'k', entry: { k8sService: 'shop' } });
    json.economy.buyable = ['cs-8', 'gpu-9', 'cs-8'];
    expect(worldProblems(json)).toEqual([
      'services[1].name: duplicate service "shop-web"',
      'services[2].entry.k8sService: "shop" needs the orchestrator, and this scenario has none (add the cluster part, or use "labels")',
      'economy.buyable[1]: unknown host type "gpu-9" (known: cs-16, cs-8, hv-32, ws-8)',
      'economy.buyable[2]: "cs-8" is listed twice',
    ]);
  });
});
