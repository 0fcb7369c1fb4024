// `host dmesg <host-or-vm>`: the kernel ring buffer of a machine. The kernel reports what
// it does to processes (an OOM kill, a panic) here, not in the application's own log, so
// a container that vanished with exit 137 is explained by this and not by `docker logs`.
import { kernelOfMachine } from '../../machines.ts';
import { f, flag, parseFlags } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { extraArgs, findMachine } from './lookup.ts';

const SPECS = [f('tail', ['-n', '--tail'])];

export const hostDmesg: Handler = (ctx, words) => {
  const parsed = parseFlags(words, SPECS);
  if (!parsed.ok) return fail(`dmesg: ${parsed.error}\nSee 'help host dmesg'.`);
  const p = parsed.parsed;
  const found = findMachine(ctx, p.positionals[0], 'host dmesg');
  if (!found.ok) return found.outcome;
  const extra = extraArgs('host dmesg', p.positionals, 1);
  if (extra) return extra;
  const tailText = flag(p, 'tail');
  const tail = tailText === undefined ? -1 : /^\d{1,6}$/.test(tailText) ? Number(tailText) : NaN;
  if (Number.isNaN(tail)) return fail(`dmesg: invalid number of lines: '${tailText}'`);
  const id = p.positionals[0] as string;
  const { kernel } = kernelOfMachine(ctx.world, id);
  if (!kernel) return failWithHint(ctx, `dmesg: ${id}: no kernel ring buffer to read`, 'machines.hint.noKernel', { host: id });
  const lines = tail < 0 ? kernel.log : kernel.log.slice(Math.max(0, kernel.log.length - tail));
  return ok(lines.join('\n'));
};
