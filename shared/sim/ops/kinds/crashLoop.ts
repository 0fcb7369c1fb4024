// `crash-loop`: the pipeline redeploys a workload with a broken configuration (a database
// host that no longer exists): the process exits two seconds after every start, and the
// restart policy or the kubelet keeps bringing it back, with a growing back-off
// (CrashLoopBackOff). Restarting changes nothing; the log says why, and the fix is the
// configuration (run it with the right settings, or roll back).
import { configTrace } from '../crash.ts';
import { BAD_CONFIG_CRASH_TICKS } from '../figures.ts';
import { replaceContainer } from '../rollout.ts';
import { WORKLOAD, findReleaseTarget, releaseCandidates, releaseUndone, shipRelease, validateReleaseTarget } from './release.ts';
import { recordWorkloads } from './common.ts';
import { workloadKeyOf } from '../workloads.ts';
import { addSubjects } from './types.ts';
import type { KindDef } from './types.ts';

/** The database host the broken configuration points at. */
export const BAD_DB_HOST = 'db-old.internal';

export const crashLoopKind: KindDef = {
  id: 'crash-loop',
  needs: WORKLOAD,
  variants: [],
  concepts: ['self-healing', 'observability'],
  alerts: ['ContainerCrashLooping', 'KubePodCrashLooping'],
  validate: validateReleaseTarget,
  candidates: releaseCandidates,
  inject(world, incident, sink) {
    const found = findReleaseTarget(world, incident.target);
    if (!found.ok) return;
    const target = found.value;
    incident.data.dbHost = BAD_DB_HOST;
    if (target.kind === 'deployment') {
      // In a cluster the broken settings come with the image the pipeline built.
      const trace = configTrace(target.base.profile.command, BAD_DB_HOST);
      shipRelease(world, incident, target, { sizeMiB: 1, createdBy: `COPY config/settings.py /app/shop/settings.py # buildkit (DB_HOST=${BAD_DB_HOST})` }, { crashAfterTicks: BAD_CONFIG_CRASH_TICKS, crashLog: trace.lines }, sink);
      return;
    }
    incident.data.service = target.service;
    if (target.service) addSubjects(incident, [target.service]);
    recordWorkloads(world, incident, target.containers.map((c) => workloadKeyOf(world, c)));
    for (const c of target.containers) {
      const engine = c.targetId;
      const name = c.name;
      const trace = configTrace(c.profile.command, BAD_DB_HOST);
      // The deploy script runs it with `--restart always`, as most do.
      replaceContainer(world, c, c.imageRef, sink, { env: { DB_HOST: BAD_DB_HOST }, restart: c.restartPolicy === 'no' ? 'always' : undefined });
      for (const n of world.containers.values()) {
        if (n.targetId !== engine || n.name !== name) continue;
        n.profile = { ...n.profile, crashAfterTicks: BAD_CONFIG_CRASH_TICKS, crashLog: trace.lines };
      }
    }
  },
  isResolved: releaseUndone,
};
