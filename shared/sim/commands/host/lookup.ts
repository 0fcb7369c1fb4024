// Finding the host (or host-or-VM) a command names, with the CLI-style refusal and a
// hint that lists what exists, so a typo is one look away from the right name.
import type { Host, Vm, World } from '../../model.ts';
import { failWithHint } from '../hint.ts';
import type { CommandContext, Outcome } from '../types.ts';
import { fail } from '../types.ts';

export type Found<T> = { ok: true; value: T } | { ok: false; outcome: Outcome };

/** Host ids in scenario order, comma-separated (capped, for hints). */
export function hostNames(world: World, filter: (h: Host) => boolean = () => true): string {
  const ids: string[] = [];
  for (const h of world.hosts.values()) if (filter(h)) ids.push(h.id);
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} in all)` : ids.join(', ');
}

/** `error: command 'host inspect' requires <host> option`, as virsh words a missing argument. */
export function missingArg(command: string, what: string): Outcome {
  return fail(`error: command '${command}' requires <${what}> option`);
}

/** Refuses extra words after the expected arguments. */
export function extraArgs(command: string, words: readonly string[], expected: number): Outcome | null {
  const extra = words[expected];
  if (extra === undefined) return null;
  return fail(`error: unexpected data '${extra}'\nSee 'help ${command}'.`);
}

/** The host named `id`, or `error: host 'x' not found` with the list of hosts. */
export function findHost(ctx: CommandContext, id: string | undefined, command: string): Found<Host> {
  if (id === undefined) return { ok: false, outcome: missingArg(command, 'host') };
  const host = ctx.world.hosts.get(id);
  if (host) return { ok: true, value: host };
  if (ctx.world.vms.has(id)) {
    return { ok: false, outcome: failWithHint(ctx, `error: host '${id}' not found`, 'machines.hint.isVm', { id, hosts: hostNames(ctx.world) }) };
  }
  return { ok: false, outcome: failWithHint(ctx, `error: host '${id}' not found`, 'machines.hint.unknownHost', { hosts: hostNames(ctx.world) }) };
}

/** A host or a VM by name (for `host dmesg`). */
export function findMachine(ctx: CommandContext, id: string | undefined, command: string): Found<{ host: Host | null; vm: Vm | null }> {
  if (id === undefined) return { ok: false, outcome: missingArg(command, 'host-or-vm') };
  const host = ctx.world.hosts.get(id);
  if (host) return { ok: true, value: { host, vm: null } };
  const vm = ctx.world.vms.get(id);
  if (vm) return { ok: true, value: { host: null, vm } };
  return { ok: false, outcome: failWithHint(ctx, `error: host or VM '${id}' not found`, 'machines.hint.unknownMachine', { hosts: hostNames(ctx.world), vms: vmNames(ctx.world) }) };
}

/** VM names in creation order, comma-separated (capped), or `-` when there are none. */
export function vmNames(world: World): string {
  const names: string[] = [];
  for (const vm of world.vms.values()) names.push(vm.name);
  if (names.length === 0) return '-';
  return names.length > 12 ? `${names.slice(0, 12).join(', ')}, … (${names.length} in all)` : names.join(', ');
}
