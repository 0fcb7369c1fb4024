// Symptoms that happen at an instant (an OOM kill, a failed pull) rather than as a
// state: they are marked when they happen and alert rules read the marks for a while,
// as a rule on `increase(…[10m]) > 0` would.
import type { World } from '../model.ts';

/** Records that `rule`'s symptom just happened to `subject`. */
export function markEvent(world: World, rule: string, subject: string, params: Record<string, string | number>): void {
  world.ops.marks.set(`${rule}|${subject}`, { rule, subject, tick: world.tick, params });
}
