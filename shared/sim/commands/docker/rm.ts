// `docker [-H target] rm [-f] [-v] CONTAINER…`: deletes containers and their writable
// layers (anything written outside a volume is gone, and its disk space freed). A
// running container needs -f (SIGKILL first). -v also removes its anonymous volumes.
import { killContainer, removeContainer } from '../../containers.ts';
import { hasFlag } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { engine } from './engine.ts';
import { resolveAll } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

export const RM: CommandUsage = {
  path: 'docker rm',
  use: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  options: [
    opt('force', ['-f', '--force'], '', 'Force the removal of a running container (uses SIGKILL)'),
    opt('volumes', ['-v', '--volumes'], '', 'Remove anonymous volumes associated with the container'),
  ],
};

export const dockerRm: DockerSubcommand = (call) => {
  const r = parseArgs(RM, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(RM, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const found = resolveAll(world, eng.target.id, r.parsed.positionals);
  if (!found.ok) return fail(found.error);
  const force = hasFlag(r.parsed, 'force');
  const busy = force ? undefined : found.list.find((c) => c.state === 'running' || c.state === 'restarting');
  if (busy) {
    const text = `Error response from daemon: cannot remove container "/${busy.name}": container is ${busy.state}: stop the container before removing or force remove`;
    return failWithHint(call.ctx, text, 'docker.hint.removeRunning', { name: busy.name });
  }
  for (const c of found.list) {
    if (c.state === 'running' || c.state === 'restarting') killContainer(world, c, 9);
    removeContainer(world, c);
    if (!hasFlag(r.parsed, 'volumes')) continue;
    for (const m of c.mounts) {
      const v = world.volumes.get(m.volume);
      const stillUsed = [...world.containers.values()].some((o) => o.mounts.some((om) => om.volume === m.volume));
      if (v && /^[0-9a-f]{64}$/.test(v.name) && !stillUsed) world.volumes.delete(m.volume);
    }
  }
  return ok(r.parsed.positionals.join('\n'));
};
