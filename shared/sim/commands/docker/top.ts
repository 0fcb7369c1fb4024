// `docker [-H target] top CONTAINER`: the container's processes as the HOST sees them
// (`ps -ef` on the host, filtered to the container's cgroup): host PIDs, parented by
// the containerd shim, and with --userns the host uid that root inside maps to.
import { fail, ok } from '../types.ts';
import { dockerTable } from './describe.ts';
import { engine } from './engine.ts';
import { lookupContainer, lookupError } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { cpuSeconds, processesOf } from './processes.ts';
import { clockTime, cpuTime } from './time.ts';
import { argsError, parseArgs, type CommandUsage } from './usage.ts';

export const TOP: CommandUsage = {
  path: 'docker top',
  use: 'docker top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  options: [],
};

/** First host uid of dockerd's remapped range (`dockremap:165536:65536` in /etc/subuid). */
export const USERNS_HOST_UID = 165536;

export const dockerTop: DockerSubcommand = (call) => {
  const r = parseArgs(TOP, call.args.slice(0, 1));
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(TOP, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const ref = r.parsed.positionals[0] as string;
  const found = lookupContainer(call.ctx.world, eng.target.id, ref);
  if (!found.ok) return fail(lookupError(found, ref, true));
  const c = found.c;
  if (c.state !== 'running') return fail(`Error response from daemon: container ${c.id} is not running`);
  const uid = c.userns ? String(USERNS_HOST_UID) : 'root';
  const rows = processesOf(c).map((p) => [
    uid,
    String(p.hostPid),
    String(p.hostPpid),
    String(Math.min(99, Math.floor(p.cpuMillis / 10))),
    clockTime(c.startedTick),
    '?',
    cpuTime(cpuSeconds(c, p), true),
    p.args,
  ]);
  return ok(dockerTable(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], rows, 20));
};
