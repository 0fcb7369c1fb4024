// `nodes` for kubectl get/describe: `NAME STATUS ROLES AGE VERSION` (with `-o wide` the
// address, OS image, kernel and container runtime), STATUS `Ready`, `NotReady`, and
// `,SchedulingDisabled` once cordoned.
import type { K8sNode } from '../../k8s/model.ts';
import { nodeStatus } from '../../k8s/nodes.ts';
import { humanAge } from './format.ts';
import { CONTAINER_RUNTIME, describeNode, osOf } from './nodeDescribe.ts';
import type { ResourceType } from './resources.ts';

export const NODES: ResourceType = {
  plural: 'nodes',
  singular: 'node',
  shortNames: ['no'],
  qualified: 'node',
  namespaced: false,
  names: (world) => [...world.k8s.nodes.keys()],
  exists: (world, name) => world.k8s.nodes.has(name),
  header: (wide) => ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION', ...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : [])],
  row: (world, name, wide) => {
    const n = world.k8s.nodes.get(name) as K8sNode;
    const base = [n.name, nodeStatus(n), '<none>', humanAge(world.tick - n.createdTick), world.k8s.version];
    if (!wide) return base;
    const os = osOf(world, n);
    return [...base, n.internalIP, '<none>', os.image, os.kernel, CONTAINER_RUNTIME];
  },
  describe: describeNode,
};
