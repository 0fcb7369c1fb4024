// `pods` for kubectl get/describe/delete: the columns of `kubectl get pods` (and
// `-o wide`), with STATUS and RESTARTS as kubectl derives them.
import type { Pod } from '../../k8s/model.ts';
import type { World } from '../../model.ts';
import { deletePodObject } from './deletePod.ts';
import { humanAge } from './format.ts';
import { podStatusText, restartsText } from './podStatus.ts';
import { describePod } from './podDescribe.ts';
import type { ResourceType } from './resources.ts';

export const PODS: ResourceType = {
  plural: 'pods',
  singular: 'pod',
  shortNames: ['po'],
  qualified: 'pod',
  namespaced: true,
  names: (world) => [...world.k8s.pods.keys()],
  exists: (world, name) => world.k8s.pods.has(name),
  header: (wide) => ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : [])],
  row: (world: World, name, wide) => {
    const p = world.k8s.pods.get(name) as Pod;
    const base = [p.name, `${p.ready ? 1 : 0}/1`, podStatusText(p), restartsText(p, world.tick), humanAge(world.tick - p.createdTick)];
    return wide ? [...base, p.ip || '<none>', p.nodeName ?? '<none>', '<none>', '<none>'] : base;
  },
  describe: describePod,
  delete: deletePodObject,
};
