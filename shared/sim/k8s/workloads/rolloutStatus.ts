// `kubectl rollout status`: the line kubectl's deployment status viewer prints for the
// deployment's state, and the watches that keep printing new lines until the rollout
// ends (rolled out, past its progress deadline, or past `--timeout`).
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import type { Deployment, Pod, RolloutWatch } from '../model.ts';
import { deploymentStatus, podsByOwner } from './status.ts';

export interface RolloutLine {
  line: string;
  done: boolean;
  /** Set when the watch ends in failure (`error: deployment "web" exceeded its progress deadline`). */
  error?: string;
}

/** What the status viewer says about `d` now. */
export function rolloutStatusLine(world: World, d: Deployment, byOwner?: Map<string, Pod[]>): RolloutLine {
  if (d.progressDeadlineExceeded) return { line: '', done: true, error: `error: deployment "${d.name}" exceeded its progress deadline` };
  const st = deploymentStatus(world, d, byOwner);
  const waiting = `Waiting for deployment "${d.name}" rollout to finish:`;
  if (st.updated < d.replicas) return { line: `${waiting} ${st.updated} out of ${d.replicas} new replicas have been updated...`, done: false };
  if (st.replicas > st.updated) return { line: `${waiting} ${st.replicas - st.updated} old replicas are pending termination...`, done: false };
  if (st.available < st.updated) return { line: `${waiting} ${st.available} of ${st.updated} updated replicas are available...`, done: false };
  return { line: `deployment "${d.name}" successfully rolled out`, done: true };
}

function answer(sink: EventSink, world: World, w: RolloutWatch, ok: boolean, error?: string): void {
  const output = w.lines.join('\n');
  if (ok) sink.result({ commandId: w.commandId, actor: w.actor, line: w.line, ok: true, output, tick: world.tick });
  else sink.result({ commandId: w.commandId, actor: w.actor, line: w.line, ok: false, output, error: error ?? '', tick: world.tick });
}

/** Advances every waiting `rollout status`: new lines are collected, finished ones answered. */
export function advanceRolloutWatches(world: World, sink: EventSink): void {
  const watches = world.k8s.rolloutWatches;
  if (watches.length === 0) return;
  const byOwner = podsByOwner(world);
  let kept = 0;
  for (const w of watches) {
    const d = world.k8s.deployments.get(w.deployment);
    if (!d) {
      answer(sink, world, w, false, `Error from server (NotFound): deployments.apps "${w.deployment}" not found`);
      continue;
    }
    const s = rolloutStatusLine(world, d, byOwner);
    if (s.line !== '' && w.lines[w.lines.length - 1] !== s.line) w.lines.push(s.line);
    if (s.done) {
      answer(sink, world, w, s.error === undefined, s.error);
      continue;
    }
    if (w.deadlineTick >= 0 && world.tick >= w.deadlineTick) {
      answer(sink, world, w, false, 'error: timed out waiting for the condition');
      continue;
    }
    watches[kept++] = w;
  }
  watches.length = kept;
}
