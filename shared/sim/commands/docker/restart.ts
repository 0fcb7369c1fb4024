// `docker [-H target] restart CONTAINER…`: stop (SIGTERM) then start each container, in
// its same namespaces and writable layer, with a fresh process. Prints each argument.
import { notFoundError, stopContainer, userStart } from '../../containers.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { engine } from './engine.ts';
import { resolveAll } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { firstPortClash } from './startCheck.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

export const RESTART: CommandUsage = {
  path: 'docker restart',
  use: 'docker restart [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  options: [opt('time', ['-t', '--time'], 'int', 'Seconds to wait before killing the container')],
};

export const dockerRestart: DockerSubcommand = (call) => {
  const r = parseArgs(RESTART, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(RESTART, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const found = resolveAll(world, eng.target.id, r.parsed.positionals);
  if (!found.ok) return fail(found.error);
  const broken = found.list.find((c) => c.profile.notFound !== undefined);
  if (broken) return fail(`Error response from daemon: Cannot restart container ${broken.name}: ${notFoundError(broken.profile.notFound ?? '')}`);
  const clash = firstPortClash(world, found.list, true);
  if (clash) return failWithHint(call.ctx, `Error response from daemon: Cannot restart container ${clash.c.name}: ${clash.error}`, 'docker.hint.portTaken', { port: clash.port, target: eng.target.id });
  for (const c of found.list) {
    stopContainer(world, c);
    userStart(world, c);
  }
  return ok(r.parsed.positionals.join('\n'));
};
