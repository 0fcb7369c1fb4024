// `docker [-H target] exec [-it] [-u USER] CONTAINER COMMAND [ARG…]`: runs a program in
// the namespaces of a running container. What it sees is the container's view: its own
// hostname, processes, IP and cgroup files, and the machine's shared kernel.
import type { Outcome } from '../types.ts';
import { fail, ok } from '../types.ts';
import { flag } from '../flags.ts';
import { tokenize } from '../tokenize.ts';
import { engine } from './engine.ts';
import { execEnv, type ExecEnv } from './execEnv.ts';
import { execKill, execPs } from './execProcs.ts';
import { SYSTEM_PROGRAMS } from './execSystem.ts';
import { lookupContainer, lookupError } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

export const EXEC: CommandUsage = {
  path: 'docker exec',
  use: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  options: [
    opt('detach', ['-d', '--detach'], '', 'Detached mode: run command in the background'),
    opt('env', ['-e', '--env'], 'list', 'Set environment variables'),
    opt('interactive', ['-i', '--interactive'], '', 'Keep STDIN open even if not attached'),
    opt('tty', ['-t', '--tty'], '', 'Allocate a pseudo-TTY'),
    opt('user', ['-u', '--user'], 'string', 'Username or UID (format: "<name|uid>[:<group|gid>]")'),
    opt('workdir', ['-w', '--workdir'], 'string', 'Working directory inside the container'),
  ],
};

/** Runs one program (argv) in the container; shells run their `-c` script word by word. */
function runProgram(env: ExecEnv, argv: readonly string[], depth = 0): Outcome {
  const [exe = '', ...args] = argv;
  const name = exe.split('/').pop() ?? exe;
  if ((name === 'sh' || name === 'bash') && depth < 3) {
    const at = args.indexOf('-c');
    if (at < 0) return ok('');
    const t = tokenize(args[at + 1] ?? '');
    if (!t.ok) return fail(`${name}: -c: line 1: syntax error: ${t.error}`);
    const outputs: string[] = [];
    let cmd: string[] = [];
    // `a; b` and `a && b`: each command in turn (&& stops at the first failure).
    for (const w of [...t.words, ';']) {
      if (w !== ';' && w !== '&&') {
        cmd.push(w);
        continue;
      }
      if (cmd.length) {
        const r = runProgram(env, cmd, depth + 1);
        if ('pending' in r) return r;
        if (!r.ok) return fail(r.error, [...outputs, r.output ?? ''].filter(Boolean).join('\n'));
        if (r.output) outputs.push(r.output);
      }
      cmd = [];
    }
    return ok(outputs.join('\n'));
  }
  if (name === 'ps') return execPs(env, args);
  if (name === 'kill') return execKill(env, args);
  const program = Object.hasOwn(SYSTEM_PROGRAMS, name) ? SYSTEM_PROGRAMS[name] : undefined;
  if (program) return program(env, args);
  return fail(`OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown`);
}

export const dockerExec: DockerSubcommand = (call) => {
  const r = parseArgs(EXEC, call.args, true);
  if (!r.ok) return r.outcome;
  const [ref, ...argv] = r.parsed.positionals;
  if (ref === undefined || argv.length === 0) return argsError(EXEC, 'at least', 2);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const found = lookupContainer(call.ctx.world, eng.target.id, ref);
  if (!found.ok) return fail(lookupError(found, ref, false));
  const c = found.c;
  if (c.state === 'restarting') return fail(`Error response from daemon: Container ${c.id} is restarting, wait until the container is running`);
  if (c.state !== 'running') return fail(`Error response from daemon: container ${c.id} is not running`);
  const out = runProgram(execEnv(call.ctx, eng.target, c, flag(r.parsed, 'user') ?? 'root'), argv);
  return r.parsed.values.has('detach') && !('pending' in out) && out.ok ? ok('') : out;
};
