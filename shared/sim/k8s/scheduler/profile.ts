// The default scheduling profile: kube-scheduler's default plugins for what the game
// models, in its order, with its default score weights (TaintToleration 3,
// PodTopologySpread 2, NodeResourcesFit 1, NodeResourcesBalancedAllocation 1,
// ImageLocality 1). There is no "node ready" filter in kube-scheduler: a NotReady node
// is kept off by its `unreachable`/`not-ready` NoSchedule taints.
import type { Profile } from './framework.ts';
import { balancedAllocation } from './plugins/balancedAllocation.ts';
import { imageLocality } from './plugins/imageLocality.ts';
import { nodeName } from './plugins/nodeName.ts';
import { leastAllocated, nodeResourcesFit } from './plugins/nodeResourcesFit.ts';
import { nodeUnschedulable } from './plugins/nodeUnschedulable.ts';
import { podTopologySpread } from './plugins/podTopologySpread.ts';
import { taintTolerationFilter, taintTolerationScore } from './plugins/taintToleration.ts';

export const DEFAULT_PROFILE: Profile = {
  filters: [nodeUnschedulable, nodeName, taintTolerationFilter, nodeResourcesFit],
  scores: [taintTolerationScore, leastAllocated, podTopologySpread, balancedAllocation, imageLocality],
};
