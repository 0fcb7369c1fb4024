// `docker [-H target] start CONTAINER…`: starts stopped containers again, in the same
// namespaces and with the same writable layer (what they wrote is still there). A taken
// host port fails the start as dockerd reports it. Prints each argument as given.
import { notFoundError, userStart } from '../../containers.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { engine } from './engine.ts';
import { resolveAll } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { firstPortClash } from './startCheck.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

export const START: CommandUsage = {
  path: 'docker start',
  use: 'docker start [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  options: [opt('attach', ['-a', '--attach'], '', "Attach STDOUT/STDERR and forward signals (no effect here)")],
};

export const dockerStart: DockerSubcommand = (call) => {
  const r = parseArgs(START, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(START, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const found = resolveAll(world, eng.target.id, r.parsed.positionals);
  if (!found.ok) return fail(`${found.error}\nError: failed to start containers: ${r.parsed.positionals.join(', ')}`);
  const broken = found.list.find((c) => c.state !== 'running' && c.profile.notFound !== undefined);
  if (broken) return fail(`Error response from daemon: ${notFoundError(broken.profile.notFound ?? '')}\nError: failed to start containers: ${broken.name}`);
  const clash = firstPortClash(world, found.list, false);
  if (clash) {
    const text = `Error response from daemon: ${clash.error}\nError: failed to start containers: ${clash.c.name}`;
    return failWithHint(call.ctx, text, 'docker.hint.portTaken', { port: clash.port, target: eng.target.id });
  }
  for (const c of found.list) if (c.state !== 'running') userStart(world, c);
  return ok(r.parsed.positionals.join('\n'));
};
