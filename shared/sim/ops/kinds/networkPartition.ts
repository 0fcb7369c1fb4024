// `network-partition`: a host's NIC (or its switch port) fails. The host keeps running,
// but nothing reaches it: the load balancer's health checks fail, the node stops sending
// heartbeats (NotReady), monitoring cannot scrape it. From outside a partitioned host
// and a dead one look the same. `host repair` replaces the NIC; moving the work restores
// the service sooner.
import { PARTITION_HEAL_TICKS } from '../figures.ts';
import { kernelLog } from '../outages.ts';
import { findUpHost, onHost, recordAffected, workloadsHealthy, workloadsOf } from './common.ts';
import { addSubjects, num, type KindDef } from './types.ts';

export const networkPartitionKind: KindDef = {
  id: 'network-partition',
  needs: 'a host that is up and reachable',
  variants: [],
  concepts: ['network-virtualisation', 'virtual-nic', 'scheduling'],
  alerts: ['HostDown', 'NodeNotReady'],
  validate(world, target) {
    const found = findUpHost(world, target, 'reachable hosts', (h) => (h.partitioned ? `${h.id} is already cut off` : null));
    return found.ok ? null : found.error;
  },
  candidates: (world) => [...world.hosts.values()].filter((h) => h.state === 'up' && !h.partitioned).map((h) => h.id),
  inject(world, incident, sink) {
    const host = world.hosts.get(incident.target);
    if (!host) return;
    recordAffected(world, incident, onHost(host.id));
    host.partitioned = true;
    const kernel = host.kernelId ? world.kernels.get(host.kernelId) : undefined;
    if (kernel) kernelLog(kernel, ['ixgbe 0000:3b:00.0 eno1: NIC Link is Down', 'bond0: (slave eno1): link status definitely down, disabling slave', 'bond0: now running without any active interface!']);
    incident.data.healAtTick = world.tick + PARTITION_HEAL_TICKS;
    addSubjects(incident, [host.id]);
    sink.happened(world.tick, 'host-partitioned', host.id, 'NIC link down');
  },
  tick(world, incident, sink) {
    if (world.tick < num(incident, 'healAtTick')) return;
    const host = world.hosts.get(incident.target);
    if (host?.partitioned) {
      delete host.partitioned;
      world.ops.nicRepairs.delete(host.id);
      sink.happened(world.tick, 'host-reconnected', host.id, 'link back up');
    }
    incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    const host = view.world.hosts.get(incident.target);
    if (!host || host.partitioned !== true) return true;
    return workloadsOf(incident).length > 0 && workloadsHealthy(view, incident);
  },
};
