// `docker [-H target] stats [--no-stream] [-a] [CONTAINER…]`: one snapshot of each
// container's cgroup readings. CPU % is relative to one core (250m = 25.00%, a 4-core
// hog 400.00%); LIMIT is the cgroup memory limit, or the machine's memory without one.
import { hasFlag } from '../flags.ts';
import { fail, ok } from '../types.ts';
import { bytesSize, decimalSize, dockerTable, shortId } from './describe.ts';
import { engine } from './engine.ts';
import { engineContainers, resolveAll } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { opt, parseArgs, type CommandUsage } from './usage.ts';

export const STATS: CommandUsage = {
  path: 'docker stats',
  use: 'docker stats [OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  options: [
    opt('all', ['-a', '--all'], '', 'Show all containers (default shows just running)'),
    opt('no-stream', ['--no-stream'], '', 'Disable streaming stats and only pull the first result (always, here)'),
    opt('no-trunc', ['--no-trunc'], '', "Do not truncate output"),
  ],
};

const pct = (n: number) => `${n.toFixed(2)}%`;

export const dockerStats: DockerSubcommand = (call) => {
  const r = parseArgs(STATS, call.args);
  if (!r.ok) return r.outcome;
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  let list = [...engineContainers(world, eng.target.id)];
  if (r.parsed.positionals.length) {
    const found = resolveAll(world, eng.target.id, r.parsed.positionals, false);
    if (!found.ok) return fail(found.error);
    list = found.list;
  } else if (!hasFlag(r.parsed, 'all')) {
    list = list.filter((c) => c.state === 'running');
  }
  const machineMiB = eng.target.vm ? eng.target.vm.memoryMiB : eng.target.host.memoryMiB;
  const trunc = !hasFlag(r.parsed, 'no-trunc');
  const rows = list.map((c) => {
    const up = c.state === 'running';
    const limit = c.memoryLimitMiB > 0 ? c.memoryLimitMiB : machineMiB;
    const mem = up ? c.metrics.memoryUsageMiB : 0;
    const written = up ? c.metrics.writableMiB : 0;
    return [
      trunc ? shortId(c.id) : c.id,
      up ? c.name : '--',
      pct(up ? c.metrics.cpuUsedMillis / 10 : 0),
      up ? `${bytesSize(mem)} / ${bytesSize(limit)}` : '0B / 0B',
      pct(up ? (mem * 100) / limit : 0),
      '0B / 0B',
      `0B / ${decimalSize(written)}`,
      String(up ? 1 + Math.min(c.profile.workers ?? 0, 62) : 0),
    ];
  });
  return ok(dockerTable(['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'], rows));
};
