// `power-loss`: a rack's power feed fails (a tripped breaker, a dead PDU): every host in
// it stops at once. Facilities restore power after a while and the hosts boot; work
// spread over racks (replicas in another rack) never noticed.
import { takeHostDown } from '../outages.ts';
import { HOST_BOOT_TICKS, POWER_RESTORE_TICKS } from '../figures.ts';
import { listNames } from '../targets.ts';
import { encodeList } from '../workloads.ts';
import { recordAffected, vmsBack, vmsOf, workloadsHealthy, workloadsOf } from './common.ts';
import { addSubjects, num, type KindDef } from './types.ts';

export const powerLossKind: KindDef = {
  id: 'power-loss',
  needs: 'a rack with power',
  variants: [],
  concepts: ['hardware', 'scheduling'],
  alerts: ['HostDown', 'NodeNotReady'],
  validate(world, target) {
    const rack = world.racks.get(target);
    const powered = [...world.racks.values()].filter((r) => r.powered).map((r) => r.id);
    if (!rack) return `no rack "${target}"${world.hosts.has(target) ? ` (${target} is a host; it is in ${world.hosts.get(target)?.rack})` : ''}; racks with power: ${listNames(powered)}`;
    if (!rack.powered) return `${rack.id} has no power already; racks with power: ${listNames(powered)}`;
    return null;
  },
  candidates: (world) => [...world.racks.values()].filter((r) => r.powered).map((r) => r.id),
  inject(world, incident, sink) {
    const rack = world.racks.get(incident.target);
    if (!rack) return;
    rack.powered = false;
    const hosts = [...world.hosts.values()].filter((h) => h.rack === rack.id && h.state === 'up');
    recordAffected(world, incident, (c) => hosts.some((h) => h.id === c.hostId));
    const vms: string[] = [];
    for (const h of hosts) vms.push(...takeHostDown(world, h, 'power', sink).vms);
    incident.data.hosts = encodeList(hosts.map((h) => h.id));
    incident.data.vms = encodeList(vms);
    incident.data.restoreAtTick = world.tick + POWER_RESTORE_TICKS;
    addSubjects(incident, [rack.id, ...hosts.map((h) => h.id), ...vms]);
  },
  tick(world, incident, sink) {
    if (world.tick < num(incident, 'restoreAtTick')) return;
    const rack = world.racks.get(incident.target);
    if (rack) rack.powered = true;
    for (const outage of world.ops.outages.values()) {
      const host = world.hosts.get(outage.hostId);
      if (host?.rack === incident.target && outage.reason === 'power' && outage.upAtTick < 0) outage.upAtTick = world.tick + HOST_BOOT_TICKS;
    }
    sink.happened(world.tick, 'power-restored', incident.target, 'facilities restored the feed');
    incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    const world = view.world;
    const vms = vmsOf(incident);
    if (workloadsOf(incident).length === 0 && vms.length === 0) {
      return [...world.hosts.values()].every((h) => h.rack !== incident.target || h.state === 'up');
    }
    return workloadsHealthy(view, incident) && vmsBack(world, vms);
  },
};
