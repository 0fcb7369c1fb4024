// `host-failure`: a host's hardware dies (a memory module, the mainboard). Everything on
// it stops at once: its containers, its VMs and theirs. Nothing comes back until the
// host is repaired (`host repair`) or the work is started elsewhere; an orchestrator
// does the latter by itself once the node is NotReady and its pods are evicted.
import { kernelLog, takeHostDown } from '../outages.ts';
import { encodeList } from '../workloads.ts';
import { onHost, recordAffected, upHostIds, validateUpHost, vmsBack, vmsOf, workloadsHealthy, workloadsOf } from './common.ts';
import { addSubjects, type KindDef } from './types.ts';

export const hostFailureKind: KindDef = {
  id: 'host-failure',
  needs: 'a host that is up',
  variants: [],
  concepts: ['hardware', 'scheduling', 'self-healing'],
  alerts: ['HostDown', 'NodeNotReady', 'VmDown'],
  validate: validateUpHost,
  candidates: upHostIds,
  inject(world, incident, sink) {
    const host = world.hosts.get(incident.target);
    if (!host) return;
    recordAffected(world, incident, onHost(host.id));
    addSubjects(incident, [host.id]);
    const kernel = host.kernelId ? world.kernels.get(host.kernelId) : undefined;
    // The machine-check handler gets a last line out before the box stops (read after the repair).
    if (kernel) kernelLog(kernel, ['mce: [Hardware Error]: CPU 0: Machine Check Exception: 5 Bank 7: be00000000800400', 'mce: [Hardware Error]: Run the above through \'mcelog --ascii\'', 'Kernel panic - not syncing: Fatal machine check']);
    const { vms } = takeHostDown(world, host, 'failure', sink);
    incident.data.vms = encodeList(vms);
    addSubjects(incident, vms);
  },
  isResolved(view, incident) {
    const world = view.world;
    const vms = vmsOf(incident);
    if (workloadsOf(incident).length === 0 && vms.length === 0) return world.hosts.get(incident.target)?.state === 'up';
    return workloadsHealthy(view, incident) && vmsBack(world, vms);
  },
};
