// Pieces shared by the incident kinds: container and host targets, the workloads an
// incident hurt (recorded when it starts, checked until they run again), and the VMs
// that must be running again (or deliberately deleted).
import type { Container, Host, World } from '../../model.ts';
import type { Incident } from '../model.ts';
import { findContainer, findHost, qualifiedName } from '../targets.ts';
import { TickView, affectedWorkloads, allHealthy, decodeList, encodeList, workloadKeyOf, workloadSubjects } from '../workloads.ts';
import { addSubjects, str } from './types.ts';

export const RUNNING_CONTAINER = 'a running container ([<host-or-vm>/]<name>)';

export function validateRunningContainer(world: World, target: string): string | null {
  const found = findContainer(world, target, true);
  return found.ok ? null : found.error;
}

export function runningContainerNames(world: World, filter: (c: Container) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const c of world.containers.values()) if (c.state === 'running' && filter(c)) out.push(qualifiedName(c));
  return out;
}

/** The container an incident was aimed at (validated before, so it exists). */
export function targetContainer(world: World, incident: Incident): Container | null {
  const found = findContainer(world, incident.target, true);
  return found.ok ? found.value : null;
}

/** Remembers which workloads the incident hurt and makes their names detection subjects. */
export function recordWorkloads(world: World, incident: Incident, keys: readonly string[]): void {
  incident.data.workloads = encodeList(keys);
  for (const k of keys) addSubjects(incident, workloadSubjects(world, k));
}

/** Records the workloads of the running containers that pass `pick`. */
export function recordAffected(world: World, incident: Incident, pick: (c: Container) => boolean): string[] {
  const keys = affectedWorkloads(world, pick);
  recordWorkloads(world, incident, keys);
  return keys;
}

/** Records one container's workload (its name, engine and deployment count as subjects). */
export function recordContainer(world: World, incident: Incident, c: Container): string {
  const key = workloadKeyOf(world, c);
  incident.data.container = qualifiedName(c);
  incident.data.containerId = c.id;
  incident.data.engine = c.targetId;
  incident.data.name = c.name;
  incident.data.image = c.imageRef;
  recordWorkloads(world, incident, [key]);
  addSubjects(incident, [c.name, qualifiedName(c)]);
  return key;
}

export function workloadsOf(incident: Incident): string[] {
  return decodeList(incident.data.workloads);
}

/** Every recorded workload runs again. */
export function workloadsHealthy(view: TickView, incident: Incident): boolean {
  return allHealthy(view, workloadsOf(incident));
}

/** Every VM of the list is running again, or was deleted on purpose. */
export function vmsBack(world: World, names: readonly string[]): boolean {
  for (const n of names) {
    const vm = world.vms.get(n);
    if (vm && vm.state !== 'running') return false;
  }
  return true;
}

/** `validate` of the machine failures that need a host that is up. */
export function validateUpHost(world: World, target: string): string | null {
  const found = findUpHost(world, target, 'hosts that are up');
  return found.ok ? null : found.error;
}

/** Hosts that are up now: the candidates of those failures. */
export function upHostIds(world: World): string[] {
  return [...world.hosts.values()].filter((h) => h.state === 'up').map((h) => h.id);
}

/** A host that is up (the common requirement of machine failures). */
export function findUpHost(world: World, target: string, what: string, extra: (h: Host) => string | null = () => null): ReturnType<typeof findHost> {
  return findHost(world, target, what, (h) => (h.state !== 'up' ? `${h.id} is already down` : extra(h)));
}

/** Machines whose containers sit on a host (the host itself and its VMs). */
export function onHost(hostId: string): (c: Container) => boolean {
  return (c) => c.hostId === hostId;
}

/** The incident's `vms` list. */
export function vmsOf(incident: Incident): string[] {
  return decodeList(str(incident, 'vms'));
}
