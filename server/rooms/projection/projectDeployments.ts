// Deployments into DeploymentState by name: the figures of `kubectl get deployments`
// (from the controllers' own status helper) and the image of the pod template.
import type { MapSchema } from '@colyseus/schema';
import type { World } from '../../../shared/sim/model.ts';
import { deploymentStatus, podsByOwner } from '../../../shared/sim/k8s/workloads/status.ts';
import { DeploymentState } from '../../../shared/schema/DeploymentState.ts';
import { entryOf, removeMissing } from './keyedEntries.ts';
import { clampUint } from './quantise.ts';

export function projectDeployments(world: World, map: MapSchema<DeploymentState>): void {
  const deployments = world.k8s.deployments;
  if (deployments.size > 0) {
    const byOwner = podsByOwner(world);
    for (const d of deployments.values()) {
      const s = entryOf(map, d.name, () => new DeploymentState());
      const st = deploymentStatus(world, d, byOwner);
      if (s.name !== d.name) s.name = d.name;
      const image = d.template.container.image;
      if (s.image !== image) s.image = image;
      const replicas = clampUint(d.replicas, 65535);
      if (s.replicas !== replicas) s.replicas = replicas;
      const ready = clampUint(st.ready, 65535);
      if (s.ready !== ready) s.ready = ready;
      const updated = clampUint(st.updated, 65535);
      if (s.updated !== updated) s.updated = updated;
      const available = clampUint(st.available, 65535);
      if (s.available !== available) s.available = available;
      const revision = clampUint(d.revision, 65535);
      if (s.revision !== revision) s.revision = revision;
    }
  }
  removeMissing(map, deployments.size, () => deployments.keys());
}
