// `service inspect <name>`: the load balancer's view of one service, shaped like
// `kubectl describe service`: where requests enter, the traffic now and at peak, what
// was served and how fast, the SLO and its error budget, every backend, and why
// requests fail or are slow.
import { curveRps, spikePermille } from '../../services/curve.ts';
import type { Service } from '../../services/model.ts';
import { entrySelector, selectorText } from '../../services/backends.ts';
import { errorBudgetRemainingPermille, serviceAvailabilityPpm } from '../../services/slo.ts';
import { clock } from '../../units.ts';
import { parseFlags } from '../flags.ts';
import { fields } from '../host/format.ts';
import type { CommandContext, Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { backendBlocks } from './diagnose.ts';
import { budgetText, candidates, entryText, findService, permilleText, ppmText, shareText, shortDuration } from './view.ts';

function entryLine(ctx: CommandContext, s: Service): string {
  if (s.entry.kind === 'labels') return `load balancer on port ${s.port}, sends to running containers labelled ${entryText(s)}`;
  const sel = entrySelector(ctx.world, s);
  if (!sel) return `k8s Service "${s.entry.name}" (not found), port ${s.port}`;
  const svc = ctx.world.k8s.services.get(s.entry.name);
  return `k8s Service "${s.entry.name}" (${svc?.dnsName ?? s.entry.name}), selector ${selectorText(sel)}, port ${s.port}`;
}

/** The tick of the next peak at or after `tick`. */
function nextPeak(s: Service, tick: number): number {
  const t = s.traffic;
  const into = (((tick - t.peakAtTick) % t.dayTicks) + t.dayTicks) % t.dayTicks;
  return into === 0 ? tick : tick + t.dayTicks - into;
}

function trafficLines(ctx: CommandContext, s: Service): string[] {
  const t = s.traffic;
  const tick = Math.max(0, ctx.world.tick - 1);
  const factors: string[] = [];
  const spike = spikePermille(t, tick);
  if (spike !== 1000) factors.push(`spike x${(spike / 1000).toFixed(1)}`);
  if (s.trafficFactorPermille !== 1000) factors.push(`incident x${(s.trafficFactorPermille / 1000).toFixed(1)}`);
  const peak = nextPeak(s, ctx.world.tick);
  return fields([
    ['Offered now', `${s.metrics.offeredRps} req/s (daily curve ${Math.round(curveRps(t, tick))}${factors.length ? `, ${factors.join(', ')}` : ''}${t.noisePermille ? `, noise ±${permilleText(t.noisePermille)}` : ''})`],
    ['Daily curve', `${t.baseRps} req/s at the trough, ${t.peakRps} req/s at peak; a day lasts ${shortDuration(t.dayTicks)}, next peak at ${clock(peak)}`],
    ['Cost per request', `${s.cpuPerRequestMilli}ms of CPU; ${s.baseLatencyMs}ms p95 when idle`],
  ]);
}

function servingLines(s: Service): string[] {
  const m = s.metrics;
  const budget = errorBudgetRemainingPermille(s);
  return fields([
    ['Served', `${m.servedRps} req/s; failed ${m.errorRps} req/s (${shareText(m.errorRps, m.offeredRps)}${m.timeoutRps ? `, ${m.timeoutRps} timed out` : ''})`],
    ['Latency p95', m.latencyMsP95 > 0 ? `${m.latencyMsP95}ms (SLO ${s.slo.latencyMs}ms)` : `- (SLO ${s.slo.latencyMs}ms)`],
    ['SLO', `${permilleText(s.slo.availabilityPermille)} of requests served within ${s.slo.latencyMs}ms, over ${shortDuration(s.sloWindow.size)}`],
    ['Availability', `${ppmText(serviceAvailabilityPpm(s))} over the last ${shortDuration(s.sloWindow.size)}; error budget left ${budgetText(budget)}`],
    ['Since start', `${s.totals.requests} requests, ${s.totals.served} served, ${s.totals.failed} failed, ${s.totals.slow} slower than the SLO`],
  ]);
}

export const serviceInspect: Handler = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help service inspect'.`);
  const found = findService(ctx, parsed.parsed.positionals[0]);
  if (!found.ok) return found.outcome;
  const extra = parsed.parsed.positionals[1];
  if (extra !== undefined) return fail(`error: unexpected data '${extra}'\nSee 'help service inspect'.`);
  const s = found.value;
  const head = fields([
    ['Name', s.name],
    ['Entry', entryLine(ctx, s)],
  ]);
  const blocks = [head, ['Traffic:', ...trafficLines(ctx, s).map((l) => `  ${l}`)], ['Requests:', ...servingLines(s).map((l) => `  ${l}`)], ...backendBlocks(ctx, s, candidates(ctx.world, s))];
  return ok(blocks.map((b) => b.join('\n')).join('\n\n'));
};
