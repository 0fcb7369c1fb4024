// Customer-facing services into ServiceState by name: the load balancer's last-tick
// figures, and the SLO window through the simulation's own helpers (availability in
// milli-percent, error budget left per-mille, floored at 0 once spent).
import type { MapSchema } from '@colyseus/schema';
import type { World } from '../../../shared/sim/model.ts';
import type { Service } from '../../../shared/sim/services/model.ts';
import { errorBudgetRemainingPermille, serviceAvailabilityPpm } from '../../../shared/sim/services/slo.ts';
import { ServiceState } from '../../../shared/schema/ServiceState.ts';
import { entryOf, removeMissing } from './keyedEntries.ts';
import { bandPermille, bandRate, clampUint } from './quantise.ts';

function writeService(s: ServiceState, svc: Service): void {
  const m = svc.metrics;
  if (s.name !== svc.name) s.name = svc.name;
  const offered = bandRate(s.offeredRps, m.offeredRps);
  if (s.offeredRps !== offered) s.offeredRps = offered;
  const served = bandRate(s.servedRps, m.servedRps);
  if (s.servedRps !== served) s.servedRps = served;
  const errors = bandRate(s.errorRps, m.errorRps);
  if (s.errorRps !== errors) s.errorRps = errors;
  const healthy = clampUint(m.healthyBackends, 65535);
  if (s.healthyBackends !== healthy) s.healthyBackends = healthy;
  const utilisation = bandPermille(s.utilisationPermille, clampUint(m.utilisationPermille, 65535), 65535);
  if (s.utilisationPermille !== utilisation) s.utilisationPermille = utilisation;
  // Per-million to thousandths of a percent: 999,000 ppm = 99.9 % = 99,900.
  const availability = Math.floor(serviceAvailabilityPpm(svc) / 10);
  if (s.availabilityMilli !== availability) s.availabilityMilli = availability;
  const target = svc.slo.availabilityPermille * 100;
  if (s.targetMilli !== target) s.targetMilli = target;
  const budget = clampUint(errorBudgetRemainingPermille(svc), 1000);
  if (s.budgetPermille !== budget) s.budgetPermille = budget;
  if (s.cause !== m.cause) s.cause = m.cause;
}

export function projectServices(world: World, map: MapSchema<ServiceState>): void {
  for (const svc of world.services.values()) writeService(entryOf(map, svc.name, () => new ServiceState()), svc);
  removeMissing(map, world.services.size, () => world.services.keys());
}
