// `docker [-H target] stop CONTAINER…`: SIGTERM to each container's main process (the
// game's apps exit cleanly, code 0). A stopped container stays down whatever its restart
// policy, until someone starts it. Prints each argument as given, as docker does.
import { killContainer, stopContainer } from '../../containers.ts';
import { fail, ok } from '../types.ts';
import { engine } from './engine.ts';
import { resolveAll } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, badValue, opt, parseArgs, type CommandUsage } from './usage.ts';
import { flag } from '../flags.ts';

export const STOP: CommandUsage = {
  path: 'docker stop',
  use: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  options: [
    opt('signal', ['-s', '--signal'], 'string', 'Signal to send to the container'),
    opt('time', ['-t', '--time'], 'int', 'Seconds to wait before killing the container'),
  ],
};

export const dockerStop: DockerSubcommand = (call) => {
  const r = parseArgs(STOP, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(STOP, 'at least', 1);
  const t = flag(r.parsed, 'time');
  if (t !== undefined && !/^-?\d+$/.test(t)) return badValue(STOP, 'time', t, `strconv.ParseInt: parsing "${t}": invalid syntax`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const found = resolveAll(call.ctx.world, eng.target.id, r.parsed.positionals);
  if (!found.ok) return fail(found.error);
  // `-s KILL` is what `docker stop` ends with for a process that ignores SIGTERM.
  const sig = (flag(r.parsed, 'signal') ?? 'TERM').toUpperCase().replace(/^SIG/, '');
  for (const c of found.list) {
    if (sig === 'KILL' || sig === '9') killContainer(call.ctx.world, c, 9);
    else stopContainer(call.ctx.world, c);
  }
  return ok(r.parsed.positionals.join('\n'));
};
