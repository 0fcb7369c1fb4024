// `bad-release`: the pipeline ships a new version that is slower (an N+1 query), answers
// errors (a broken code path) or crashes under load, and rolls it out. The symptoms
// start right after ci-bot's rollout in the event log; the response is a rollback
// (`kubectl rollout undo`, or running the previous tag again), not a restart.
import { pick } from '../pick.ts';
import { BAD_RELEASE_CRASH_TICKS, BUGGY_RELEASE_ERROR_PERMILLE, SLOW_RELEASE_LATENCY_PERMILLE } from '../figures.ts';
import { WORKLOAD, findReleaseTarget, releaseCandidates, releaseUndone, shipRelease, validateReleaseTarget } from './release.ts';
import type { KindDef } from './types.ts';

export const badReleaseKind: KindDef = {
  id: 'bad-release',
  needs: WORKLOAD,
  variants: ['slow', 'errors', 'crash'],
  concepts: ['rolling-update', 'observability'],
  alerts: ['HighLatency', 'ErrorBudgetBurn', 'ContainerRestarting', 'ContainerCrashLooping'],
  validate: validateReleaseTarget,
  candidates: releaseCandidates,
  inject(world, incident, sink) {
    const found = findReleaseTarget(world, incident.target);
    if (!found.ok) return;
    const variant = incident.variant || pick(world, ['slow', 'errors', 'crash']);
    incident.variant = variant;
    const patch = variant === 'slow'
      ? { latencyFactorPermille: SLOW_RELEASE_LATENCY_PERMILLE }
      : variant === 'errors'
        ? { errorPermille: BUGGY_RELEASE_ERROR_PERMILLE }
        : { crashAfterTicks: BAD_RELEASE_CRASH_TICKS };
    const createdBy = variant === 'slow'
      ? 'COPY app/ /app/ # buildkit (orders: load line items one by one)'
      : variant === 'errors'
        ? 'COPY app/ /app/ # buildkit (checkout: new discount rules)'
        : 'COPY app/ /app/ # buildkit (cache: share connections between workers)';
    shipRelease(world, incident, found.value, { sizeMiB: 3, createdBy }, patch, sink);
  },
  isResolved: releaseUndone,
};
