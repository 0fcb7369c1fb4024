// Finding the VM a `vm` subcommand names: virsh's `failed to get domain` refusal, with
// the list of VMs (or how to create one) as a hint.
import type { Vm } from '../../model.ts';
import { failWithHint } from '../hint.ts';
import type { CommandContext } from '../types.ts';
import { type Found, hostNames, missingArg, vmNames } from '../host/lookup.ts';

export function findVm(ctx: CommandContext, name: string | undefined, command: string): Found<Vm> {
  if (name === undefined) return { ok: false, outcome: missingArg(command, 'name') };
  const vm = ctx.world.vms.get(name);
  if (vm) return { ok: true, value: vm };
  const error = `error: failed to get domain '${name}'`;
  if (ctx.world.hosts.has(name)) return { ok: false, outcome: failWithHint(ctx, error, 'machines.hint.isHost', { name }) };
  if (ctx.world.vms.size === 0) return { ok: false, outcome: failWithHint(ctx, error, 'machines.hint.noVms', { hypervisors: hostNames(ctx.world, (h) => h.role === 'hypervisor') }) };
  return { ok: false, outcome: failWithHint(ctx, error, 'machines.hint.unknownVm', { vms: vmNames(ctx.world) }) };
}
