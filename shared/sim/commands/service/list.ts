// `service list`: one line per customer-facing service, as its load balancer and its SLO
// dashboard see it after the last tick: backends in rotation, requests per second, p95
// latency, errors, availability over the SLO window and the error budget left.
import { table } from '../../format/table.ts';
import { errorBudgetRemainingPermille, serviceAvailabilityPpm } from '../../services/slo.ts';
import { parseFlags } from '../flags.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { budgetText, entryText, permilleText, ppmText, shareText, shortDuration } from './view.ts';

export const serviceList: Handler = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help service list'.`);
  const extra = parsed.parsed.positionals[0];
  if (extra !== undefined) return fail(`error: unexpected data '${extra}'\nSee 'help service list'.`);
  if (ctx.world.services.size === 0) return ok('No services in this scenario.');
  const rows = [...ctx.world.services.values()].map((s) => {
    const m = s.metrics;
    const budget = errorBudgetRemainingPermille(s);
    return [
      s.name,
      entryText(s),
      String(m.healthyBackends),
      String(m.offeredRps),
      m.latencyMsP95 > 0 ? `${m.latencyMsP95}ms` : '-',
      shareText(m.errorRps, m.offeredRps),
      `${ppmText(serviceAvailabilityPpm(s))}/${shortDuration(s.sloWindow.size)}`,
      `${permilleText(s.slo.availabilityPermille)}<${s.slo.latencyMs}ms`,
      budgetText(budget),
    ];
  });
  return ok(table(['NAME', 'ENTRY', 'BACKENDS', 'RPS', 'P95', 'ERR%', 'AVAIL', 'SLO', 'BUDGET LEFT'], rows));
};
