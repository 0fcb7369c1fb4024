// `host cordon|uncordon <host>`: mark a host unschedulable (or schedulable again), as
// `kubectl cordon` does to a node. Running work stays; only new placements avoid it.
import { parseFlags } from '../flags.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { extraArgs, findHost } from './lookup.ts';

function setCordon(cordon: boolean): Handler {
  const verb = cordon ? 'cordon' : 'uncordon';
  return (ctx, words) => {
    const parsed = parseFlags(words, []);
    if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help host ${verb}'.`);
    const found = findHost(ctx, parsed.parsed.positionals[0], `host ${verb}`);
    if (!found.ok) return found.outcome;
    const extra = extraArgs(`host ${verb}`, parsed.parsed.positionals, 1);
    if (extra) return extra;
    const host = found.value;
    // kubectl answers "already cordoned" and changes nothing when there is nothing to do.
    if (host.cordoned === cordon) return ok(`host/${host.id} already ${verb}ed`);
    host.cordoned = cordon;
    return ok(`host/${host.id} ${verb}ed`);
  };
}

export const hostCordon = setCordon(true);
export const hostUncordon = setCordon(false);
