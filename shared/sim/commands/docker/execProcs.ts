// `ps` and `kill` run inside a container (`docker exec`): the PID namespace at work. The
// container's main process is PID 1 and no other container's process exists in here; a
// host PID from `docker top` names nothing. The kernel also shields a namespace's init
// from SIGKILL sent from inside it.
import { endRun, logLine } from '../../containers.ts';
import { say } from '../hint.ts';
import { failWithHint } from '../hint.ts';
import type { Outcome } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { ExecEnv } from './execEnv.ts';
import { signalNumber } from './kill.ts';
import { cpuSeconds, processesOf, type Proc } from './processes.ts';
import { clockTime, cpuTime } from './time.ts';

/** Programs that leave SIGTERM at its default action: as PID 1 of a namespace they never see it. */
const IGNORES_TERM = new Set(['sleep', 'tail', 'sh', 'bash', 'cat']);

/** The container's processes plus the `ps` just exec'd, with namespace PIDs. */
function withPs(env: ExecEnv, args: string): Proc[] {
  const procs = processesOf(env.c);
  const last = procs[procs.length - 1]?.pid ?? 0;
  procs.push({ pid: last + 1, ppid: 0, hostPid: 0, hostPpid: 0, args, comm: 'ps', cpuMillis: 0, rssMiB: 1 });
  return procs;
}

/** `ps`, `ps aux`, `ps -ef` in procps-ng's layouts. */
export function execPs(env: ExecEnv, args: readonly string[]): Outcome {
  const { c } = env;
  const style = args.join(' ').replace(/^-/, '');
  const user = c.userns || env.user === 'root' || env.user === '0' ? 'root' : env.user;
  if (style === '' || style === 'e' || style === 'A') {
    const lines = ['    PID TTY          TIME CMD'];
    for (const p of withPs(env, 'ps')) lines.push(`${String(p.pid).padStart(7)} ${'?'.padEnd(8)} ${cpuTime(cpuSeconds(c, p), true).padStart(8)} ${p.comm}`);
    return ok(lines.join('\n'));
  }
  if (style === 'ef' || style === 'eF') {
    const lines = ['UID          PID    PPID  C STIME TTY          TIME CMD'];
    for (const p of withPs(env, 'ps -ef')) {
      const cells = [user.padEnd(8), String(p.pid).padStart(7), String(p.ppid).padStart(7), String(Math.min(99, Math.floor(p.cpuMillis / 10))).padStart(2), clockTime(c.startedTick).padStart(5), '?'.padEnd(8), cpuTime(cpuSeconds(c, p), true).padStart(8), p.args];
      lines.push(cells.join(' '));
    }
    return ok(lines.join('\n'));
  }
  if (style === 'aux' || style === 'ax' || style === 'au') {
    const lines = ['USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'];
    for (const p of withPs(env, 'ps aux')) {
      const rssKiB = Math.round(p.rssMiB * 1024);
      const mem = (p.rssMiB * 100) / env.machineMemoryMiB;
      const stat = p.comm === 'ps' ? 'Rs' : p.pid === 1 ? 'Ss' : 'S';
      const cells = [user.padEnd(8), String(p.pid).padStart(7), (p.cpuMillis / 10).toFixed(1).padStart(4), mem.toFixed(1).padStart(4), String(rssKiB + 4096).padStart(6), String(rssKiB).padStart(5), '?'.padEnd(8), stat.padEnd(4), clockTime(c.startedTick).padStart(5), cpuTime(cpuSeconds(c, p), false).padStart(6), p.args];
      lines.push(cells.join(' '));
    }
    return ok(lines.join('\n'));
  }
  return fail(`error: unsupported option (BSD syntax)\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.`);
}

/** `kill [-SIGNAL | -s SIGNAL] PID…` inside the container. */
export function execKill(env: ExecEnv, args: readonly string[]): Outcome {
  let sig = 15;
  const pids: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const text = a === '-s' || a === '-n' ? args[++i] : a.startsWith('-') ? a.slice(1) : undefined;
    if (text === undefined) {
      pids.push(a);
      continue;
    }
    const n = signalNumber(text);
    if (n === null) return fail(`kill: unknown signal: ${text}`);
    sig = n;
  }
  if (pids.length === 0) return fail('kill: not enough arguments');
  const procs = processesOf(env.c);
  for (const text of pids) {
    if (!/^\d+$/.test(text)) return fail(`kill: failed to parse argument: '${text}'`);
    if (!procs.some((p) => p.pid === Number(text))) {
      return failWithHint(env.ctx, `kill: (${text}): No such process`, 'docker.hint.pidNamespace', { pid: text, name: env.c.name });
    }
  }
  const c = env.c;
  if (!pids.includes('1') || sig === 1 || sig === 10 || sig === 12) return ok('');
  if (sig === 9 || sig === 19) return ok(say(env.ctx, 'common.hint', { text: say(env.ctx, 'docker.hint.initSigkill', { name: c.name }) }));
  if (IGNORES_TERM.has(c.profile.command)) return ok('');
  logLine(c, `${c.profile.command}: received signal ${sig}, shutting down`);
  endRun(env.world, c, 0, '', false);
  return ok('');
}
