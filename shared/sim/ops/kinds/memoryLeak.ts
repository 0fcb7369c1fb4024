// `memory-leak`: the code in an image holds on to memory it no longer needs, so every
// process started from that image grows until something stops it: its cgroup limit
// (an OOM kill, exit 137, and a restart from a small footprint) or, without a limit,
// the kernel's OOM killer when the whole machine runs out, which may pick a neighbour.
// Contained when every replica runs with a memory limit and comes back after a kill;
// fixed when the workload runs an image without the leak.
import { LEAK_MIB_PER_TICK } from '../figures.ts';
import { containersOfWorkload, type TickView } from '../workloads.ts';
import { RUNNING_CONTAINER, recordContainer, runningContainerNames, targetContainer, validateRunningContainer, workloadsHealthy, workloadsOf } from './common.ts';
import { addSubjects, str, type KindDef } from './types.ts';
import type { Container, World } from '../../model.ts';
import type { Incident } from '../model.ts';

function leak(c: Container): void {
  if (c.profile.memoryGrowthMiB < LEAK_MIB_PER_TICK) c.profile = { ...c.profile, memoryGrowthMiB: LEAK_MIB_PER_TICK };
}

/** Every running process of the leaking image leaks (the bug is in the code, not in one container). */
function spread(world: World, incident: Incident): void {
  const image = str(incident, 'leakImage');
  for (const c of world.containers.values()) if (c.state === 'running' && c.imageId === image) leak(c);
}

/** A leaking replica is harmless to its neighbours when a cgroup limit bounds it and something restarts it. */
function contained(c: Container): boolean {
  const restarts = c.restartPolicy !== 'no' || c.labels['io.kubernetes.pod.name'] !== undefined;
  return c.memoryLimitMiB > 0 && restarts;
}

export const memoryLeakKind: KindDef = {
  id: 'memory-leak',
  needs: RUNNING_CONTAINER,
  variants: [],
  concepts: ['cgroups', 'observability'],
  alerts: ['ContainerOOMKilled', 'MemoryPressure', 'ContainerRestarting'],
  validate: validateRunningContainer,
  candidates: (world) => runningContainerNames(world, (c) => c.profile.memoryGrowthMiB === 0 && c.profile.exitAfterTicks === undefined),
  inject(world, incident) {
    const c = targetContainer(world, incident);
    if (!c) return;
    recordContainer(world, incident, c);
    // Without a limit the symptom shows on the machine (memory pressure, the kernel's OOM killer).
    addSubjects(incident, [c.targetId]);
    incident.data.leakImage = c.imageId;
    incident.data.growthMiB = LEAK_MIB_PER_TICK;
    spread(world, incident);
  },
  tick(world, incident) {
    if (incident.state === 'open') spread(world, incident);
    else incident.data.effectDone = true;
  },
  isResolved(view: TickView, incident) {
    if (!workloadsHealthy(view, incident)) return false;
    const image = str(incident, 'leakImage');
    for (const key of workloadsOf(incident)) {
      for (const c of containersOfWorkload(view.world, key)) if (c.imageId === image && !contained(c)) return false;
    }
    return true;
  },
};
