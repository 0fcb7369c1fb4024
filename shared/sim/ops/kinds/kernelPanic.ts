// `kernel-panic`: a kernel bug (here in the netfilter NAT code that container networking
// exercises) panics a kernel. Every process on that kernel dies at once, in whatever
// container: the shared kernel's blast radius. Containers in a VM run on the guest's
// own kernel and live on. The watchdog reboots the machine after a minute; containers
// with a restart policy come back then, the rest must be started again or elsewhere.
import { panicKernel } from '../outages.ts';
import { pick } from '../pick.ts';
import { findKernelMachine } from '../targets.ts';
import { encodeList } from '../workloads.ts';
import { recordAffected, vmsBack, vmsOf, workloadsHealthy, workloadsOf } from './common.ts';
import { addSubjects, str, type KindDef } from './types.ts';

const CAUSES = ['nf_nat_setup_info', 'nf_conntrack_in', 'ext4_es_insert_extent', 'tcp_v4_rcv'];

export const kernelPanicKind: KindDef = {
  id: 'kernel-panic',
  needs: 'a machine with a running kernel (a container host, a type-2 host or a VM)',
  variants: [],
  concepts: ['shared-kernel', 'hardware'],
  alerts: ['HostDown', 'VmDown', 'ContainerExited', 'NodeNotReady'],
  validate(world, target) {
    const found = findKernelMachine(world, target);
    if (!found.ok) return found.error;
    const kernel = world.kernels.get(found.value.kernelId);
    if (!kernel || kernel.state !== 'up') return `${target}'s kernel is not running (${kernel?.state ?? 'none'})`;
    if (found.value.host && found.value.host.state !== 'up') return `${target} is down`;
    return null;
  },
  candidates(world) {
    const out: string[] = [];
    for (const h of world.hosts.values()) if (h.state === 'up' && h.kernelId && world.kernels.get(h.kernelId)?.state === 'up') out.push(h.id);
    for (const v of world.vms.values()) if (v.state === 'running' && world.kernels.get(v.kernelId)?.state === 'up') out.push(v.name);
    return out;
  },
  inject(world, incident, sink) {
    const found = findKernelMachine(world, incident.target);
    if (!found.ok) return;
    const kernel = world.kernels.get(found.value.kernelId);
    if (!kernel) return;
    const host = found.value.host;
    // On a type-2 host the VMs are processes of this kernel: their containers are hit too.
    const vmIds = new Set<string>();
    if (host?.hypervisor === 'type2') for (const v of world.vms.values()) if (v.hostId === host.id) vmIds.add(v.kernelId);
    recordAffected(world, incident, (c) => c.kernelId === kernel.id || vmIds.has(c.kernelId));
    incident.data.kernelId = kernel.id;
    incident.data.cause = pick(world, CAUSES);
    const { vms } = panicKernel(world, kernel, str(incident, 'cause'), sink);
    incident.data.vms = encodeList(vms);
    addSubjects(incident, [incident.target, ...vms]);
  },
  isResolved(view, incident) {
    const world = view.world;
    const vms = vmsOf(incident);
    if (workloadsOf(incident).length === 0 && vms.length === 0) return world.kernels.get(str(incident, 'kernelId'))?.state === 'up';
    return workloadsHealthy(view, incident) && vmsBack(world, vms);
  },
};
