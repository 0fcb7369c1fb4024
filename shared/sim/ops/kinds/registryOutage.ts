// `registry-outage`: the registry stops answering. For the public one, its operators
// fix it after a while; a private one's process crashes (its restart policy may bring it
// back). Meanwhile every pull fails with `connection refused`, but machines that have
// the layers cached keep starting containers from them: running work is untouched.
import { endRun, logLine } from '../../containers.ts';
import { PUBLIC_REGISTRY } from '../../images.ts';
import { viewRegistry } from '../../registries.ts';
import { REGISTRY_OUTAGE_TICKS } from '../figures.ts';
import { findRegistry } from '../targets.ts';
import { addSubjects, num, type KindDef } from './types.ts';

export const registryOutageKind: KindDef = {
  id: 'registry-outage',
  needs: 'a registry that answers (docker.io, or a private one as <host>:<port>)',
  variants: [],
  concepts: ['registry', 'image-layers'],
  alerts: ['RegistryUnreachable', 'ImagePullFailed', 'ImagePullBackOff'],
  validate(world, target) {
    const found = findRegistry(world, target);
    if (!found.ok) return found.error;
    return viewRegistry(world, found.value.id)?.available ? null : `${found.value.id} is not answering already`;
  },
  candidates: (world) => [...world.registries.values()].filter((r) => r.kind === 'public' && r.available).map((r) => r.id),
  inject(world, incident, sink) {
    const found = findRegistry(world, incident.target);
    if (!found.ok) return;
    const reg = found.value;
    incident.target = reg.id;
    addSubjects(incident, [reg.id]);
    if (reg.kind === 'public') {
      reg.available = false;
      incident.data.healAtTick = world.tick + REGISTRY_OUTAGE_TICKS;
    } else {
      const c = reg.containerId ? world.containers.get(reg.containerId) : undefined;
      if (c && c.state === 'running') {
        logLine(c, 'panic: runtime error: slice bounds out of range [:-1]');
        logLine(c, 'goroutine 87 [running]:');
        logLine(c, 'github.com/distribution/distribution/v3/registry/storage.(*linkedBlobStore).Stat(...)');
        endRun(world, c, 2, '', false);
        addSubjects(incident, [c.name, `${c.targetId}/${c.name}`]);
      }
      reg.available = false;
      incident.data.effectDone = true;
    }
    sink.happened(world.tick, 'registry-down', reg.id, 'not answering');
  },
  tick(world, incident, sink) {
    if (world.tick < num(incident, 'healAtTick')) return;
    const reg = world.registries.get(incident.target);
    if (reg && reg.id === PUBLIC_REGISTRY) reg.available = true;
    sink.happened(world.tick, 'registry-up', incident.target, 'answering again');
    incident.data.effectDone = true;
  },
  isResolved: (view, incident) => viewRegistry(view.world, incident.target)?.available === true,
};
