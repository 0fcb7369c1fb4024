// `hypervisor-failure`: the hypervisor of a host crashes (a purple screen on a type-1
// host, the hypervisor application dying on a type-2 one). Every VM on it stops as if
// its power was cut (`crashed`); containers on bare-metal hosts are untouched. The VMs
// must be started again (`vm start`), or their work run elsewhere.
import { haltVm, kernelLog } from '../outages.ts';
import { encodeList } from '../workloads.ts';
import { findUpHost, recordAffected, vmsBack, vmsOf, workloadsHealthy } from './common.ts';
import { addSubjects, type KindDef } from './types.ts';

export const hypervisorFailureKind: KindDef = {
  id: 'hypervisor-failure',
  needs: 'a hypervisor host that is up',
  variants: [],
  concepts: ['hypervisor', 'virtual-machine'],
  alerts: ['VmDown'],
  validate(world, target) {
    const found = findUpHost(world, target, 'hypervisor hosts that are up', (h) => (h.role !== 'hypervisor' ? `${h.id} is a container host: it runs no hypervisor` : null));
    return found.ok ? null : found.error;
  },
  candidates: (world) => [...world.hosts.values()].filter((h) => h.state === 'up' && h.role === 'hypervisor').map((h) => h.id),
  inject(world, incident, sink) {
    const host = world.hosts.get(incident.target);
    if (!host) return;
    const vms = [...world.vms.values()].filter((v) => v.hostId === host.id && (v.state === 'running' || v.state === 'booting' || v.state === 'shutting-down'));
    const kernels = new Set(vms.map((v) => v.kernelId));
    recordAffected(world, incident, (c) => kernels.has(c.kernelId));
    const hostKernel = host.kernelId ? world.kernels.get(host.kernelId) : undefined;
    if (hostKernel) kernelLog(hostKernel, ['VBoxHeadless[2211]: segfault at 0 ip 00007f3a2c41d2b0 sp 00007f39e57fdc10 error 4 in VBoxVMM.so[7f3a2c200000+2c1000]']);
    for (const vm of vms) {
      haltVm(world, vm, 'crashed', 'hypervisor crashed');
      sink.happened(world.tick, 'vm-crashed', vm.name, 'hypervisor failure');
    }
    incident.data.vms = encodeList(vms.map((v) => v.name));
    addSubjects(incident, [host.id, ...vms.map((v) => v.name)]);
  },
  isResolved: (view, incident) => vmsBack(view.world, vmsOf(incident)) && workloadsHealthy(view, incident),
};
