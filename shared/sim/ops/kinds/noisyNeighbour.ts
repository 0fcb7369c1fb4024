// `noisy-neighbour`: another team starts a batch job without limits on the same machine.
// With equal cgroup weights the CPU burner takes every core the others leave and a
// busy neighbour gets only its fair share (CPU pressure, latency); the memory eater
// grows until the kernel's OOM killer acts. The response is a quota on the hog (`--cpus`,
// `-m`), or moving one of them; restarting the victim changes nothing.
import { BATCH_BOT, botRun } from '../bot.ts';
import { ensureHogImage, freeName, hogImageId } from '../hogs.ts';
import { pick } from '../pick.ts';
import type { World } from '../../model.ts';
import type { Incident } from '../model.ts';
import { RUNNING_CONTAINER, recordContainer, runningContainerNames, targetContainer, validateRunningContainer, workloadsHealthy } from './common.ts';
import { addSubjects, str, type KindDef } from './types.ts';

/** A hog of the incident still runs on the victim's kernel without the limit that would tame it. */
function unlimitedHog(world: World, incident: Incident): boolean {
  const image = str(incident, 'hogImage');
  const kernel = str(incident, 'kernelId');
  const cpu = incident.variant === 'cpu';
  for (const c of world.containers.values()) {
    // A hog between an OOM kill and its restart is still there.
    if ((c.state !== 'running' && c.state !== 'restarting') || c.imageId !== image || c.kernelId !== kernel) continue;
    if (cpu ? c.cpuLimitMillis === 0 : c.memoryLimitMiB === 0) return true;
  }
  return false;
}

export const noisyNeighbourKind: KindDef = {
  id: 'noisy-neighbour',
  needs: RUNNING_CONTAINER,
  variants: ['cpu', 'memory'],
  concepts: ['cgroups', 'shared-kernel'],
  alerts: ['ContainerCpuStarved', 'HostHighCpu', 'MemoryPressure', 'ContainerOOMKilled'],
  validate: validateRunningContainer,
  candidates: (world) => runningContainerNames(world, (c) => !c.profile.command.endsWith('hog')),
  inject(world, incident, sink) {
    const c = targetContainer(world, incident);
    if (!c) return;
    recordContainer(world, incident, c);
    const variant = incident.variant || pick(world, ['cpu', 'memory']);
    incident.variant = variant;
    const ref = ensureHogImage(world, variant === 'cpu' ? 'cpu' : 'memory');
    const name = freeName(world, c.targetId, 'batch-');
    incident.data.hogImage = hogImageId(world, ref);
    incident.data.hog = `${c.targetId}/${name}`;
    incident.data.kernelId = c.kernelId;
    addSubjects(incident, [name, `${c.targetId}/${name}`, c.targetId]);
    // The memory eater is restarted by its owners' policy each time the OOM killer ends it.
    const restart = variant === 'memory' ? ' --restart always' : '';
    botRun(world, `docker -H ${c.targetId} run -d --name ${name}${restart} ${ref}`, sink, BATCH_BOT);
  },
  tick(world, incident) {
    if (unlimitedHog(world, incident)) incident.data.hogSeen = true;
    if (incident.data.hogSeen === true || incident.state === 'resolved') incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    // A hog still downloading is not gone; one that never started (no registry) is moot after a while.
    if (incident.data.hogSeen !== true && view.world.tick - incident.openedTick < 120) return false;
    return !unlimitedHog(view.world, incident) && workloadsHealthy(view, incident);
  },
};
