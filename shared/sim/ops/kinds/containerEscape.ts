// `container-escape`: an attacker in a container uses a kernel exploit (the cgroup v1
// release_agent trick, CVE-2022-0492) to run code outside it. Without a user namespace
// the code runs as root on that kernel: every container on it is compromised, and only
// a VM boundary stops it (the guest's kernel is all it reaches). With `--userns` root in
// the container is an unprivileged uid outside: the attempt is contained in that one
// container. Rebooting does not remove an intruder: a kernel-wide compromise is cleaned
// by reinstalling (`host repair --reimage`) or deleting the VM; a contained one by
// removing the container.
import { kernelLog } from '../outages.ts';
import { findContainer } from '../targets.ts';
import type { TickView } from '../workloads.ts';
import { RUNNING_CONTAINER, recordContainer, runningContainerNames, targetContainer, validateRunningContainer } from './common.ts';
import { addSubjects, str, type KindDef } from './types.ts';
import type { Incident } from '../model.ts';

/** Subject of the SecurityBreach alert: the machine whose root was taken, or the one container. */
export function breachSubject(incident: Incident): string {
  return incident.data.scope === 'kernel' ? str(incident, 'machine') : str(incident, 'container');
}

export const containerEscapeKind: KindDef = {
  id: 'container-escape',
  needs: `${RUNNING_CONTAINER} on a Linux kernel`,
  variants: [],
  concepts: ['namespaces', 'shared-kernel', 'virtual-machine'],
  alerts: ['SecurityBreach'],
  validate(world, target) {
    const error = validateRunningContainer(world, target);
    if (error) return error;
    const found = findContainer(world, target, true);
    return found.ok && world.kernels.get(found.value.kernelId)?.os !== 'linux' ? `${target} runs on a Windows kernel; this exploit is a Linux one` : null;
  },
  candidates: (world) => runningContainerNames(world, (c) => world.kernels.get(c.kernelId)?.os === 'linux'),
  inject(world, incident) {
    const c = targetContainer(world, incident);
    if (!c) return;
    recordContainer(world, incident, c);
    const kernel = world.kernels.get(c.kernelId);
    incident.data.kernelId = c.kernelId;
    incident.data.machine = c.targetId;
    incident.data.machineKind = world.vms.has(c.targetId) ? 'vm' : 'host';
    if (c.userns) {
      incident.data.scope = 'container';
      incident.data.uid = 165536;
      incident.variant = 'userns';
      if (kernel) kernelLog(kernel, [`audit: type=1400 audit(${world.tick}.512:311): apparmor="DENIED" operation="mount" info="failed flags match" error=-13 profile="docker-default" name="/sys/fs/cgroup/rdma/" pid=${2000 + c.index * 64 + 7} comm="mount" fstype="cgroup" srcname="cgroup"`]);
      return;
    }
    incident.data.scope = 'kernel';
    incident.data.uid = 0;
    incident.variant = world.vms.has(c.targetId) ? 'vm-root' : 'host-root';
    let exposed = 0;
    for (const other of world.containers.values()) if (other.kernelId === c.kernelId && other.state === 'running') exposed++;
    incident.data.exposed = exposed;
    addSubjects(incident, [c.targetId]);
  },
  tick(world, incident) {
    // A deleted VM takes the intruder with its disk; the reimage callback marks hosts.
    if (incident.data.scope === 'kernel' && incident.data.machineKind === 'vm' && !world.vms.has(str(incident, 'machine'))) incident.data.cleaned = true;
    if (incident.state === 'resolved') incident.data.effectDone = true;
  },
  isResolved(view: TickView, incident) {
    if (incident.data.scope === 'kernel') return incident.data.cleaned === true;
    const c = view.world.containers.get(str(incident, 'containerId'));
    return !c || c.state !== 'running';
  },
};
