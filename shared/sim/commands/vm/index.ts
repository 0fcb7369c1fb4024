// `vm …`: virtual machines on hypervisor hosts, with virsh's words and a cloud CLI's
// verbs. Dispatches to one file per subcommand; `--help` prints that one's usage.
import { helpFor } from '../help.ts';
import { failWithHint } from '../hint.ts';
import type { Handler } from '../types.ts';
import { ok } from '../types.ts';
import { vmCreate } from './create.ts';
import { vmDelete } from './delete.ts';
import { vmInspect } from './inspect.ts';
import { vmList } from './list.ts';
import { vmStart, vmStop } from './power.ts';

const SUBCOMMANDS: Record<string, Handler> = {
  create: vmCreate,
  start: vmStart,
  stop: vmStop,
  delete: vmDelete,
  list: vmList,
  ls: vmList,
  inspect: vmInspect,
};

/** Aliases print the help of the command they stand for. */
const CANONICAL: Record<string, string> = { ls: 'list' };

export const vmCommand: Handler = (ctx, words) => {
  const [sub, ...rest] = words;
  if (sub === undefined || sub === '--help' || sub === '-h') return ok(helpFor(ctx, ['vm']) ?? '');
  const handler = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!handler) return failWithHint(ctx, `error: unknown command: '${sub}'`, 'machines.hint.vmCommands', {});
  if (rest.includes('--help') || rest.includes('-h')) return ok(helpFor(ctx, ['vm', CANONICAL[sub] ?? sub]) ?? '');
  return handler(ctx, rest);
};
