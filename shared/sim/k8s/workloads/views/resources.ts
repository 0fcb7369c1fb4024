// The workload types as kubectl's resource registry sees them (commands/kubectl/
// resources.ts lists them): names and short names, get columns, describe and delete.
// Objects are listed by name, as the API server returns them.
import type { World } from '../../../model.ts';
import type { ResourceType } from '../../../commands/kubectl/resources.ts';
import { deleteDeploymentObject, deleteHpaObject, deleteReplicaSetObject, deleteSecretObject, deleteServiceObject } from '../../../commands/kubectl/deleteWorkload.ts';
import type { Deployment, Hpa, K8sService, ReplicaSet, Secret } from '../../model.ts';
import { deploymentHeader, deploymentRow, describeDeployment, describeReplicaSet, replicaSetHeader, replicaSetRow } from './deployments.ts';
import { describeHpa, hpaRow } from './hpa.ts';
import { describeSecret, secretRow } from './secrets.ts';
import { describeService, endpointsRow, serviceHeader, serviceRow } from './services.ts';

const sortedKeys = (m: Map<string, unknown>): string[] => [...m.keys()].sort();

export const DEPLOYMENTS: ResourceType = {
  plural: 'deployments',
  singular: 'deployment',
  shortNames: ['deploy'],
  qualified: 'deployment.apps',
  namespaced: true,
  names: (world) => sortedKeys(world.k8s.deployments),
  exists: (world, name) => world.k8s.deployments.has(name),
  header: deploymentHeader,
  row: (world, name, wide) => deploymentRow(world, world.k8s.deployments.get(name) as Deployment, wide),
  describe: (world, name) => describeDeployment(world, world.k8s.deployments.get(name) as Deployment),
  delete: (world, name) => deleteDeploymentObject(world, name),
};

export const REPLICASETS: ResourceType = {
  plural: 'replicasets',
  singular: 'replicaset',
  shortNames: ['rs'],
  qualified: 'replicaset.apps',
  namespaced: true,
  names: (world) => sortedKeys(world.k8s.replicaSets),
  exists: (world, name) => world.k8s.replicaSets.has(name),
  header: replicaSetHeader,
  row: (world, name, wide) => replicaSetRow(world, world.k8s.replicaSets.get(name) as ReplicaSet, wide),
  describe: (world, name) => describeReplicaSet(world, world.k8s.replicaSets.get(name) as ReplicaSet),
  delete: (world, name) => deleteReplicaSetObject(world, name),
};

const service = (world: World, name: string) => world.k8s.services.get(name) as K8sService;

export const SERVICES: ResourceType = {
  plural: 'services',
  singular: 'service',
  shortNames: ['svc'],
  qualified: 'service',
  namespaced: true,
  names: (world) => sortedKeys(world.k8s.services),
  exists: (world, name) => world.k8s.services.has(name),
  header: serviceHeader,
  row: (world, name, wide) => serviceRow(world, service(world, name), wide),
  describe: (world, name) => describeService(world, service(world, name)),
  delete: (world, name) => deleteServiceObject(world, name),
};

/** One Endpoints object per service, kept by the endpoints controller (read-only here). */
export const ENDPOINTS: ResourceType = {
  plural: 'endpoints',
  singular: 'endpoints',
  shortNames: ['ep'],
  qualified: 'endpoints',
  namespaced: true,
  names: (world) => sortedKeys(world.k8s.services),
  exists: (world, name) => world.k8s.services.has(name),
  header: () => ['NAME', 'ENDPOINTS', 'AGE'],
  row: (world, name) => endpointsRow(world, service(world, name)),
};

export const SECRETS: ResourceType = {
  plural: 'secrets',
  singular: 'secret',
  shortNames: [],
  qualified: 'secret',
  namespaced: true,
  names: (world) => sortedKeys(world.k8s.secrets),
  exists: (world, name) => world.k8s.secrets.has(name),
  header: () => ['NAME', 'TYPE', 'DATA', 'AGE'],
  row: (world, name) => secretRow(world, world.k8s.secrets.get(name) as Secret),
  describe: (world, name) => describeSecret(world.k8s.secrets.get(name) as Secret),
  delete: (world, name) => deleteSecretObject(world, name),
};

export const HPAS: ResourceType = {
  plural: 'horizontalpodautoscalers',
  singular: 'horizontalpodautoscaler',
  shortNames: ['hpa'],
  qualified: 'horizontalpodautoscaler.autoscaling',
  namespaced: true,
  names: (world) => sortedKeys(world.k8s.hpas),
  exists: (world, name) => world.k8s.hpas.has(name),
  header: () => ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
  row: (world, name) => hpaRow(world, world.k8s.hpas.get(name) as Hpa),
  describe: (world, name) => describeHpa(world, world.k8s.hpas.get(name) as Hpa),
  delete: (world, name) => deleteHpaObject(world, name),
};

/** Every workload type, for RESOURCE_TYPES. */
export const WORKLOAD_RESOURCE_TYPES: ResourceType[] = [DEPLOYMENTS, REPLICASETS, SERVICES, ENDPOINTS, SECRETS, HPAS];
