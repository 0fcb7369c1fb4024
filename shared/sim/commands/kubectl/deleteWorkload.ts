// `kubectl delete deployment|replicaset|service|secret|hpa <name>`: what each deletion
// removes. A deployment takes its replica sets and their pods with it (the garbage
// collector's background cascade); a replica set owned by a deployment is simply
// recreated by it; a deleted secret is noticed by pods only when a container next starts.
import type { World } from '../../model.ts';
import { removeDeployment } from '../../k8s/workloads/objects.ts';
import { deletePod } from '../../k8s/pods.ts';

/** `deployment.apps "web" deleted`. */
export function deleteDeploymentObject(world: World, name: string): string {
  const d = world.k8s.deployments.get(name);
  if (d) removeDeployment(world, d);
  return `deployment.apps "${name}" deleted`;
}

export function deleteReplicaSetObject(world: World, name: string): string {
  world.k8s.replicaSets.delete(name);
  for (const p of [...world.k8s.pods.values()]) if (p.owner === name) deletePod(world, p);
  return `replicaset.apps "${name}" deleted`;
}

/** Deleting a service removes its ClusterIP and DNS name; the pods behind it keep running. */
export function deleteServiceObject(world: World, name: string): string {
  world.k8s.services.delete(name);
  return `service "${name}" deleted`;
}

export function deleteSecretObject(world: World, name: string): string {
  world.k8s.secrets.delete(name);
  return `secret "${name}" deleted`;
}

/** The target keeps its current replica count when its autoscaler goes. */
export function deleteHpaObject(world: World, name: string): string {
  world.k8s.hpas.delete(name);
  return `horizontalpodautoscaler.autoscaling "${name}" deleted`;
}
