// The processes of a container, seen from both sides of its PID namespace: inside,
// its main process is PID 1 and only its own processes exist; on the host the same
// processes have ordinary host PIDs under a containerd shim (what `docker top` shows).
import { hostPid, PIDS_PER_CONTAINER } from '../../containers.ts';
import type { Container } from '../../model.ts';
import { commandLine } from './describe.ts';

export interface Proc {
  /** PID inside the container's PID namespace. */
  pid: number;
  ppid: number;
  /** The same process's PID on the host. */
  hostPid: number;
  hostPpid: number;
  /** Full command line (`ps aux` COMMAND, `ps -ef` CMD). */
  args: string;
  /** Executable name (`ps` CMD). */
  comm: string;
  cpuMillis: number;
  rssMiB: number;
}

/** What servers with well-known process titles call their helpers. */
const WORKER_TITLES: Record<string, (i: number) => string> = {
  nginx: () => 'nginx: worker process',
  postgres: (i) => ['postgres: checkpointer', 'postgres: background writer', 'postgres: walwriter', 'postgres: autovacuum launcher', 'postgres: logical replication launcher'][i] ?? 'postgres: background worker',
};

/** The container's processes, main process first. Empty when it is not running. */
export function processesOf(c: Container): Proc[] {
  if (c.state !== 'running') return [];
  const workers = Math.min(c.profile.workers ?? 0, PIDS_PER_CONTAINER - 1);
  const n = workers + 1;
  const cpu = c.metrics.cpuUsedMillis;
  const mem = c.metrics.memoryUsageMiB;
  const comm = (c.cmd[0] ?? c.profile.command).split(/[\\/]/).pop() ?? c.profile.command;
  const line = commandLine(c);
  const out: Proc[] = [{
    pid: 1,
    ppid: 0,
    hostPid: hostPid(c, 0),
    hostPpid: hostPid(c, -1),
    args: c.profile.command === 'nginx' ? `nginx: master process ${line.replace(/'/g, '')}` : line,
    comm,
    cpuMillis: workers > 0 ? Math.floor(cpu / (4 * n)) : cpu,
    rssMiB: mem / n,
  }];
  const title = Object.hasOwn(WORKER_TITLES, c.profile.command) ? WORKER_TITLES[c.profile.command] : undefined;
  const workerCpu = workers > 0 ? Math.floor((cpu - (out[0]?.cpuMillis ?? 0)) / workers) : 0;
  for (let i = 0; i < workers; i++) {
    out.push({
      pid: i + 2,
      ppid: 1,
      hostPid: hostPid(c, i + 1),
      hostPpid: hostPid(c, 0),
      args: title ? title(i) : line,
      comm,
      cpuMillis: workerCpu,
      rssMiB: mem / n,
    });
  }
  return out;
}

/** CPU seconds a process has used since its container started (its share at today's rate). */
export function cpuSeconds(c: Container, p: Proc): number {
  return Math.floor((p.cpuMillis * c.metrics.uptimeTicks) / 1000);
}
