// `service …`: the customer-facing services and their load balancers. Dispatches to one
// file per subcommand; `--help` anywhere prints that subcommand's usage.
import { helpFor } from '../help.ts';
import { failWithHint } from '../hint.ts';
import type { Handler } from '../types.ts';
import { ok } from '../types.ts';
import { serviceInspect } from './inspect.ts';
import { serviceList } from './list.ts';

const SUBCOMMANDS: Record<string, Handler> = {
  list: serviceList,
  ls: serviceList,
  inspect: serviceInspect,
  describe: serviceInspect,
};

/** Aliases print the help of the command they stand for. */
const CANONICAL: Record<string, string> = { ls: 'list', describe: 'inspect' };

export const serviceCommand: Handler = (ctx, words) => {
  const [sub, ...rest] = words;
  if (sub === undefined || sub === '--help' || sub === '-h') return ok(helpFor(ctx, ['service']) ?? '');
  const handler = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!handler) return failWithHint(ctx, `error: unknown command: '${sub}'`, 'services.hint.commands');
  if (rest.includes('--help') || rest.includes('-h')) return ok(helpFor(ctx, ['service', CANONICAL[sub] ?? sub]) ?? '');
  return handler(ctx, rest);
};
