// `status`: one screen of where the game stands: game time, the level (time left or
// result, objectives met, score so far), money, each service against its SLO, and how
// many alerts fire and incidents are open. Reads only; works in every scenario.
import { dollarsText, economySummary } from '../../economy/summary.ts';
import { percentText, targetText } from '../../level/format.ts';
import { levelHeadline, metCount } from '../../level/present.ts';
import { computeScore } from '../../level/score.ts';
import { errorBudgetRemainingPermille, serviceAvailabilityPpm } from '../../services/slo.ts';
import type { World } from '../../model.ts';
import { clock } from '../../units.ts';
import { say } from '../hint.ts';
import type { CommandContext, Handler } from '../types.ts';
import { fail, ok } from '../types.ts';

function levelLine(ctx: CommandContext, world: World): string {
  const level = world.level;
  const spec = level.spec;
  if (!spec) return say(ctx, 'level.label.notALevel');
  const parts = [levelHeadline(world, ctx.actor.lang), say(ctx, 'level.label.objectivesMet', { met: metCount(world), total: spec.objectives.length })];
  if (!level.ended) parts.push(say(ctx, 'level.label.scoreSoFar', { score: computeScore(world, spec, level.hintsTaken, world.tick).total }));
  return parts.join('; ');
}

function moneyLine(ctx: CommandContext, world: World): string {
  const e = economySummary(world);
  return say(ctx, 'level.label.balance', { balance: dollarsText(e.balanceCents), revenue: dollarsText(e.revenueCents), costs: dollarsText(e.costCents) });
}

function serviceLines(ctx: CommandContext, world: World): string[] {
  if (world.services.size === 0) return [say(ctx, 'level.label.noServices')];
  return [...world.services.values()].map((s) => {
    const m = s.metrics;
    const size = s.sloWindow.size;
    return say(ctx, 'level.label.service', {
      name: s.name,
      availability: percentText(Math.floor(serviceAvailabilityPpm(s) / 10)),
      // Quoted: the purity check would take a bare `window` key for the browser global.
      'window': size % 60 === 0 ? `${size / 60}m` : `${size}s`,
      budget: `${(errorBudgetRemainingPermille(s) / 10).toFixed(1)}%`,
      target: targetText(s.slo.availabilityPermille * 100),
      latency: Math.round(m.latencyMsP95),
      served: Math.round(m.servedRps),
      offered: Math.round(m.offeredRps),
      backends: m.healthyBackends,
    });
  });
}

function opsLine(ctx: CommandContext, world: World): string {
  let alerts = 0;
  for (const a of world.ops.alerts.values()) if (a.resolvedTick < 0) alerts++;
  let incidents = 0;
  for (const i of world.ops.incidents.values()) if (i.state === 'open') incidents++;
  return say(ctx, 'level.label.opsCounts', { alerts, incidents });
}

export const statusCommand: Handler = (ctx, words) => {
  if (words.length > 0) return fail('status: too many arguments\nUsage: status');
  const w = ctx.world;
  const rows: [string, string[]][] = [
    [say(ctx, 'level.label.gameTime'), [clock(w.tick)]],
    [say(ctx, 'level.label.levelRow'), [levelLine(ctx, w)]],
    [say(ctx, 'level.label.money'), [moneyLine(ctx, w)]],
    [say(ctx, 'level.label.services'), serviceLines(ctx, w)],
    [say(ctx, 'level.label.ops'), [opsLine(ctx, w)]],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const out: string[] = [];
  for (const [label, lines] of rows) lines.forEach((l, i) => out.push(`${(i === 0 ? label : '').padEnd(width)}${l}`));
  if (w.level.spec) out.push('', say(ctx, 'level.label.seeObjectives'));
  return ok(out.join('\n'));
};
