// The load balancer's side of `service inspect`: each candidate backend with its share of
// requests, CPU, throttling, starvation, steal, utilisation and p95 (recomputed exactly as
// the serving system did), and the diagnosis: why requests fail, and why they are slow.
import { table } from '../../format/table.ts';
import type { World } from '../../model.ts';
import { concurrencyMillis, entrySelector, selectorText } from '../../services/backends.ts';
import type { Service } from '../../services/model.ts';
import { emptyServing, serveBackend } from '../../services/queue.ts';
import { kernelCpuCapacity, kernelLoadFor, readKernel, runQueueWaitPermille, sumMarkedKernels } from '../../services/slowdown.ts';
import { cores, permille } from '../host/format.ts';
import { say } from '../hint.ts';
import type { CommandContext } from '../types.ts';
import type { Candidate } from './view.ts';

/** Rows shown before `… and N more`. */
const MAX_ROWS = 20;

interface Reading {
  cand: Candidate;
  rho: number;
  p95: number;
  waitPermille: number;
}

function readings(world: World, s: Service, cands: Candidate[]): Reading[] {
  const load = kernelLoadFor(world.nextIndex.kernel);
  for (const cd of cands) if (cd.inRotation && cd.container) load.marked[cd.container.kernelIndex] = 1;
  sumMarkedKernels(world, load);
  const out = emptyServing();
  return cands.map((cand) => {
    const c = cand.container;
    if (!cand.inRotation || !c) return { cand, rho: 0, p95: 0, waitPermille: 0 };
    const ki = c.kernelIndex;
    const wanted = load.wanted[ki] ?? 0;
    readKernel(world, load, c);
    serveBackend(out, c, s, c.metrics.offeredRps, { slowdownPermille: load.slowdown[ki] ?? 1000, speedPermille: load.speed[ki] ?? 1000, contended: load.contended[ki] === 1 });
    return { cand, rho: out.rhoPermille, p95: out.p95Ms, waitPermille: runQueueWaitPermille(wanted, kernelCpuCapacity(world, c)) };
  });
}

function backendTable(world: World, rs: Reading[]): string[] {
  const rows = rs.slice(0, MAX_ROWS).map(({ cand, rho, p95 }) => {
    const c = cand.container;
    if (!cand.inRotation || !c) return [cand.name, c?.targetId ?? '-', cand.state, '-', '-', '-', '-', '-', '-', '-'];
    const vm = world.vms.get(c.targetId);
    const ceiling = c.cpuLimitMillis > 0 ? Math.min(c.cpuLimitMillis, concurrencyMillis(c)) : concurrencyMillis(c);
    return [
      cand.name,
      c.targetId,
      cand.state,
      `${c.metrics.servedRps}/${c.metrics.offeredRps}`,
      `${cores(c.metrics.cpuUsedMillis)}/${cores(ceiling)}`,
      permille(c.metrics.throttledPermille),
      permille(c.metrics.starvedPermille),
      vm ? permille(vm.metrics.stealPermille) : '-',
      utilText(rho),
      p95 > 0 ? `${p95}ms` : '-',
    ];
  });
  const more = rs.length > MAX_ROWS ? [`  … and ${rs.length - MAX_ROWS} more`] : [];
  return [...table(['NAME', 'MACHINE', 'STATE', 'RPS', 'CPU', 'THROTTLED', 'STARVED', 'STEAL', 'UTIL', 'P95'], rows).split('\n').map((l) => `  ${l}`), ...more];
}

/** Utilisation as a percentage; past 10× it only says how far past. */
function utilText(rhoPermille: number): string {
  return rhoPermille >= 10_000 ? '>999%' : `${Math.round(rhoPermille / 10)}%`;
}

function hint(ctx: CommandContext, key: string, params: Record<string, string | number> = {}): string {
  return `  ${say(ctx, 'common.hint', { text: say(ctx, key, params) })}`;
}

/** Why requests failed in the last second, in the load balancer's words, with a hint. */
function failure(ctx: CommandContext, s: Service, cands: Candidate[]): string[] {
  const m = s.metrics;
  const sel = entrySelector(ctx.world, s);
  const selector = sel ? selectorText(sel) : '';
  switch (m.cause) {
    case 'no-k8s-service': {
      const name = s.entry.kind === 'k8s-service' ? s.entry.name : s.name;
      // The pods' port, when a deployment of that name declares one that differs.
      const podPort = ctx.world.k8s.deployments.get(name)?.template.container.containerPort ?? 0;
      const target = podPort > 0 && podPort !== s.port ? ` --target-port ${podPort}` : '';
      return [`k8s Service "${name}" does not exist: run kubectl expose deployment ${name} --port ${s.port}${target}`, hint(ctx, 'services.hint.noK8sService', { name })];
    }
    case 'no-backends':
      if (s.entry.kind === 'k8s-service') {
        return [`no endpoints: no Ready pod matches the selector ${selector} of k8s Service "${s.entry.name}"`, hint(ctx, 'services.hint.noEndpoints', { selector })];
      }
      return [
        `no healthy backends: ${cands.length} container${cands.length === 1 ? '' : 's'} match${cands.length === 1 ? 'es' : ''} ${selector}${cands.length > 0 ? ', none in rotation' : ''}`,
        hint(ctx, 'services.hint.noBackends', { labels: Object.entries(sel ?? {}).map(([k, v]) => `-l ${k}=${v}`).join(' '), port: s.port }),
      ];
    case 'unreachable-endpoints': {
      const refused = cands.find((c) => c.state.startsWith('connection refused'));
      if (refused?.container && s.entry.kind === 'k8s-service') {
        const port = refused.container.profile.listenPort;
        return [`${m.errorRps} req/s failed: ${refused.name} ${refused.state}`, hint(ctx, 'services.hint.targetPort', { name: s.entry.name, port })];
      }
      return [`${m.errorRps} req/s failed: endpoints of Ready pods do not answer (connection refused or timed out)`, hint(ctx, 'services.hint.unreachable')];
    }
    case 'overload':
      return [`backends saturated: ${m.timeoutRps} req/s timed out (highest utilisation ${utilText(m.utilisationPermille)})`, hint(ctx, 'services.hint.overload')];
    case 'app-errors':
      return [`the application answered HTTP 500 to ${m.errorRps} req/s`, hint(ctx, 'services.hint.appErrors')];
    default:
      return [];
  }
}

/** What slows the backends down: their quota, a busy kernel, steal, swapping, a long queue. */
function slowness(ctx: CommandContext, world: World, rs: Reading[]): string[] {
  const out: string[] = [];
  for (const { cand, rho, waitPermille } of rs) {
    const c = cand.container;
    if (!cand.inRotation || !c) continue;
    const vm = world.vms.get(c.targetId);
    const name = cand.name;
    if (c.metrics.throttledPermille > 0) out.push(hint(ctx, 'services.note.throttled', { name, cpus: cores(c.cpuLimitMillis) }));
    if (waitPermille > 0) out.push(hint(ctx, 'services.note.runQueue', { name, machine: c.targetId }));
    if (vm && vm.metrics.stealPermille > 0) out.push(hint(ctx, 'services.note.steal', { name, machine: vm.name, steal: permille(vm.metrics.stealPermille) }));
    if (vm && vm.metrics.swappedPermille > 0) out.push(hint(ctx, 'services.note.swap', { name, machine: vm.name }));
    if (rho >= 700 && rho <= 1000 && c.metrics.throttledPermille === 0) out.push(hint(ctx, 'services.note.busy', { name, util: utilText(rho) }));
  }
  return out;
}

/** The backends block and the diagnosis block of `service inspect`. */
export function backendBlocks(ctx: CommandContext, s: Service, cands: Candidate[]): string[][] {
  const rs = readings(ctx.world, s, cands);
  const inRotation = cands.filter((c) => c.inRotation).length;
  const head = `Backends: ${inRotation} in rotation${cands.length > inRotation ? `, ${cands.length - inRotation} not` : ''}`;
  const blocks = [[head, ...(cands.length ? backendTable(ctx.world, rs) : [])]];
  const diag = [...failure(ctx, s, cands), ...slowness(ctx, ctx.world, rs)];
  if (diag.length) blocks.push(['Diagnosis:', ...diag.map((l) => (l.startsWith('  ') ? l : `  ${l}`))]);
  return blocks;
}
