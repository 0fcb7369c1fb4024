// `alert ack <id>`: acknowledge an alert: "I am on it". The team sees who took it, and
// the incident behind it counts as detected from this moment (time to detect).
import { detectFromAck } from '../../ops/detection.ts';
import { failWithHint, say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';

const USAGE = 'usage: alert ack <id>';

/** `A3`, `a3` or `3` all name alert A3. */
function alertId(text: string): string {
  return /^\d+$/.test(text) ? `A${text}` : text.toUpperCase();
}

export const alertCommand: Handler = (ctx, words) => {
  const [sub, idText, extra] = words;
  if (sub !== 'ack') return fail(sub === undefined ? USAGE : `alert: unknown command "${sub}"\n${USAGE}`);
  if (idText === undefined) return fail(`alert ack: missing alert id\n${USAGE}`);
  if (extra !== undefined) return fail(`alert ack: unexpected argument "${extra}"\n${USAGE}`);
  const ops = ctx.world.ops;
  const alert = ops.alerts.get(alertId(idText));
  if (!alert) {
    const firing = [...ops.alerts.values()].filter((a) => a.resolvedTick < 0).map((a) => a.id);
    return failWithHint(ctx, `alert ack: no alert "${idText}"`, 'ops.hint.alertIds', { ids: firing.length ? firing.join(', ') : '-' });
  }
  if (alert.resolvedTick >= 0) return fail(`alert ack: ${alert.id} (${alert.rule} ${alert.subject}) is resolved: nothing to acknowledge`);
  if (alert.ackedBy !== null) return ok(say(ctx, 'ops.alerts.alreadyAcked', { id: alert.id, who: alert.ackedBy }));
  alert.ackedBy = ctx.actor.name;
  alert.ackedTick = ctx.world.tick;
  detectFromAck(ctx.world, alert, ctx.actor.name);
  return ok(say(ctx, 'ops.alerts.ackOk', { id: alert.id, rule: alert.rule, subject: alert.subject }));
};
