// `host …`: the physical machines of the datacenter. Dispatches to one file per
// subcommand; `--help` anywhere prints that subcommand's usage.
import { helpFor } from '../help.ts';
import { failWithHint } from '../hint.ts';
import type { Handler } from '../types.ts';
import { ok } from '../types.ts';
import { hostBuy } from './buy.ts';
import { hostRepair } from '../ops/hostRepair.ts';
import { hostCordon, hostUncordon } from './cordon.ts';
import { hostDmesg } from './dmesg.ts';
import { hostInspect } from './inspect.ts';
import { hostList } from './list.ts';

const SUBCOMMANDS: Record<string, Handler> = {
  list: hostList,
  ls: hostList,
  inspect: hostInspect,
  dmesg: hostDmesg,
  cordon: hostCordon,
  uncordon: hostUncordon,
  buy: hostBuy,
  repair: hostRepair,
};

export const hostCommand: Handler = (ctx, words) => {
  const [sub, ...rest] = words;
  if (sub === undefined || sub === '--help' || sub === '-h') return ok(helpFor(ctx, ['host']) ?? '');
  const handler = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!handler) return failWithHint(ctx, `error: unknown command: '${sub}'`, 'machines.hint.hostCommands', {});
  if (rest.includes('--help') || rest.includes('-h')) return ok(helpFor(ctx, ['host', sub === 'ls' ? 'list' : sub]) ?? '');
  return handler(ctx, rest);
};
