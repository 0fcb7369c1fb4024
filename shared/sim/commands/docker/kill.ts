// `docker [-H target] kill [-s SIGNAL] CONTAINER…`: a signal from outside the container
// (SIGKILL by default, which no process can catch: exit 137). SIGHUP and the like are
// handled by the game's apps and change nothing visible.
import { killContainer, stopContainer } from '../../containers.ts';
import { flag } from '../flags.ts';
import { fail, ok } from '../types.ts';
import { engine } from './engine.ts';
import { resolveAll } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

export const KILL: CommandUsage = {
  path: 'docker kill',
  use: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  options: [opt('signal', ['-s', '--signal'], 'string', 'Signal to send to the container (default "KILL")')],
};

/** Signal numbers by name, for the signals players send. */
export const SIGNALS: Record<string, number> = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, TERM: 15 };

/** A signal given as `KILL`, `SIGKILL` or `9`; null when docker would not know it. */
export function signalNumber(text: string): number | null {
  const t = text.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(t)) return Number(t) >= 1 && Number(t) <= 64 ? Number(t) : null;
  return SIGNALS[t] ?? null;
}

export const dockerKill: DockerSubcommand = (call) => {
  const r = parseArgs(KILL, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(KILL, 'at least', 1);
  const sigText = flag(r.parsed, 'signal') ?? 'KILL';
  const sig = signalNumber(sigText);
  if (sig === null) return fail(`Error response from daemon: Invalid signal: ${sigText}`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const found = resolveAll(world, eng.target.id, r.parsed.positionals);
  if (!found.ok) return fail(found.error);
  const down = found.list.find((c) => c.state !== 'running');
  if (down) return fail(`Error response from daemon: cannot kill container: ${down.name}: container ${down.id} is not running`);
  for (const c of found.list) {
    if (sig === 9) killContainer(world, c, 9);
    else if (sig === 15 || sig === 2 || sig === 3) stopContainer(world, c);
  }
  return ok(r.parsed.positionals.join('\n'));
};
