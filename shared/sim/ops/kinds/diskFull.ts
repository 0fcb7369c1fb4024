// `disk-full`: debug logging gets switched on in one container and it floods its log
// (the writable layer) until the machine's disk is full. Then every write on that disk
// fails (ENOSPC) and the processes that write die, whichever container they are in.
// `docker restart` keeps the writable layer; removing the container frees it.
import { logLine } from '../../containers.ts';
import { resolveTarget } from '../../machines.ts';
import type { Container, World } from '../../model.ts';
import { targetDiskUsedMiB } from '../../systems/disk.ts';
import { LOG_FLOOD_FILL_TICKS } from '../figures.ts';
import { findContainer, listNames, qualifiedName } from '../targets.ts';
import { recordContainer } from './common.ts';
import { addSubjects, num, str, type KindDef } from './types.ts';

/** The container that will flood: the one named, or the first running one on the machine named. */
function flooder(world: World, target: string): Container | string {
  if (world.hosts.has(target) || world.vms.has(target)) {
    const found = resolveTarget(world, target);
    if (!found.ok) return `${target} runs no container engine that is up`;
    for (const c of world.containers.values()) if (c.targetId === target && c.state === 'running') return c;
    return `no container runs on ${target}`;
  }
  const found = findContainer(world, target, true);
  return found.ok ? found.value : found.error;
}

/** Disk use of a machine in per-mille of its size (from this tick's readings). */
export function diskPermille(world: World, machine: string): number {
  const host = world.hosts.get(machine);
  if (host) return host.diskMiB > 0 ? Math.floor((host.metrics.diskUsedMiB * 1000) / host.diskMiB) : 0;
  const vm = world.vms.get(machine);
  return vm && vm.diskMiB > 0 ? Math.floor((vm.metrics.diskUsedMiB * 1000) / vm.diskMiB) : 0;
}

export const diskFullKind: KindDef = {
  id: 'disk-full',
  needs: 'a running container, or a host or VM with one',
  variants: [],
  concepts: ['image-layers', 'observability'],
  alerts: ['DiskAlmostFull', 'ContainerExited'],
  validate(world, target) {
    const f = flooder(world, target);
    if (typeof f !== 'string') return null;
    const machines = new Set<string>();
    for (const c of world.containers.values()) if (c.state === 'running') machines.add(c.targetId);
    return `${f}; machines with running containers: ${listNames([...machines])}`;
  },
  candidates(world) {
    const out: string[] = [];
    for (const c of world.containers.values()) if (c.state === 'running' && !out.includes(c.targetId)) out.push(c.targetId);
    return out;
  },
  inject(world, incident, sink) {
    const c = flooder(world, incident.target);
    if (typeof c === 'string') return;
    const found = resolveTarget(world, c.targetId);
    if (!found.ok) return;
    recordContainer(world, incident, c);
    const free = Math.max(1, found.target.diskMiB - targetDiskUsedMiB(world, found.target));
    const kib = Math.max(1024, Math.ceil((free * 1024) / LOG_FLOOD_FILL_TICKS));
    incident.data.machine = c.targetId;
    incident.data.floodKiB = kib;
    addSubjects(incident, [c.targetId]);
    c.profile = { ...c.profile, writeKiB: c.profile.writeKiB + kib };
    logLine(c, `${c.profile.command}: config reloaded: log level DEBUG`);
    logLine(c, `${c.profile.command}: DEBUG request headers dump enabled for every request`);
    sink.happened(world.tick, 'log-flood', qualifiedName(c), `${kib} KiB/s`);
  },
  isResolved(view, incident) {
    const world = view.world;
    const machine = str(incident, 'machine');
    const flood = num(incident, 'floodKiB');
    for (const c of world.containers.values()) if (c.targetId === machine && c.state === 'running' && c.profile.writeKiB >= flood) return false;
    return diskPermille(world, machine) < 900;
  },
};
