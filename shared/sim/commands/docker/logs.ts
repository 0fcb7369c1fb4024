// `docker [-H target] logs [--tail N] CONTAINER`: what the container's processes wrote
// to stdout/stderr, kept by the json-file log driver across restarts until `docker rm`.
// Kernel events (an OOM kill) are not here: they are in the host's dmesg.
import { flag } from '../flags.ts';
import { fail, ok } from '../types.ts';
import { engine } from './engine.ts';
import { lookupContainer, lookupError } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, badValue, opt, parseArgs, type CommandUsage } from './usage.ts';

export const LOGS: CommandUsage = {
  path: 'docker logs',
  use: 'docker logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  options: [
    opt('follow', ['-f', '--follow'], '', 'Follow log output (here: prints what is there now)'),
    opt('tail', ['-n', '--tail'], 'string', 'Number of lines to show from the end of the logs (default "all")'),
  ],
};

export const dockerLogs: DockerSubcommand = (call) => {
  const r = parseArgs(LOGS, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length !== 1) return argsError(LOGS, 'exactly', 1);
  const tail = flag(r.parsed, 'tail') ?? 'all';
  if (tail !== 'all' && !/^-?\d+$/.test(tail)) return badValue(LOGS, 'tail', tail, `strconv.Atoi: parsing "${tail}": invalid syntax`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const ref = r.parsed.positionals[0] as string;
  const found = lookupContainer(call.ctx.world, eng.target.id, ref);
  if (!found.ok) return fail(lookupError(found, ref, false));
  const lines = found.c.logs;
  const n = tail === 'all' || Number(tail) < 0 ? lines.length : Number(tail);
  return ok(lines.slice(Math.max(0, lines.length - n)).join('\n'));
};
