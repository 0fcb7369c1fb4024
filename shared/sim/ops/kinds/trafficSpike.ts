// `traffic-spike`: a service suddenly gets several times its usual load (a sale, a link
// on the news). Its replicas saturate: latency climbs like a queue's, then requests time
// out and fail. Nothing is broken; capacity is short. The response is to scale out
// (more replicas, an autoscaler); the spike passes by itself after a while.
import { TRAFFIC_SPIKE_PERMILLE, TRAFFIC_SPIKE_TICKS } from '../figures.ts';
import { listNames } from '../targets.ts';
import { serviceRestored } from './release.ts';
import { addSubjects, num, type KindDef } from './types.ts';

export const trafficSpikeKind: KindDef = {
  id: 'traffic-spike',
  needs: 'a service',
  variants: [],
  concepts: ['scale-out', 'service-discovery'],
  alerts: ['HighLatency', 'ErrorBudgetBurn'],
  validate(world, target) {
    if (world.services.has(target)) return null;
    return `no service "${target}"; services: ${listNames([...world.services.keys()])}`;
  },
  candidates: (world) => [...world.services.keys()],
  inject(world, incident, sink) {
    const svc = world.services.get(incident.target);
    if (!svc) return;
    incident.data.factorPermille = TRAFFIC_SPIKE_PERMILLE;
    incident.data.factor = TRAFFIC_SPIKE_PERMILLE / 1000;
    incident.data.endAtTick = world.tick + TRAFFIC_SPIKE_TICKS;
    svc.trafficFactorPermille = Math.round((svc.trafficFactorPermille * TRAFFIC_SPIKE_PERMILLE) / 1000);
    addSubjects(incident, [svc.name]);
    sink.happened(world.tick, 'traffic-spike', svc.name, `×${TRAFFIC_SPIKE_PERMILLE / 1000}`);
  },
  tick(world, incident, sink) {
    if (world.tick < num(incident, 'endAtTick')) return;
    const svc = world.services.get(incident.target);
    if (svc) svc.trafficFactorPermille = Math.max(1, Math.round((svc.trafficFactorPermille * 1000) / TRAFFIC_SPIKE_PERMILLE));
    sink.happened(world.tick, 'traffic-normal', incident.target, 'spike over');
    incident.data.effectDone = true;
  },
  isResolved: (view, incident) => serviceRestored(view.world, incident.target, incident.openedTick),
};
