// `vm start|stop <name>`: power a defined VM on (it boots again, and must fit in the
// host's RAM + swap again) or shut it down through ACPI (`virsh shutdown`; with
// `--force`, a hard power-off like `virsh destroy`).
import { beginBoot, beginShutdown, powerOff } from '../../systems/lifecycle.ts';
import { f, hasFlag, parseFlags } from '../flags.ts';
import { failWithHint, say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { extraArgs } from '../host/lookup.ts';
import { admitVm, hypervisorHost } from './admit.ts';
import { bootSeconds } from './create.ts';
import { findVm } from './lookup.ts';

export const vmStart: Handler = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help vm start'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], 'vm start');
  if (!found.ok) return found.outcome;
  const extra = extraArgs('vm start', parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  if (vm.state !== 'shut-off' && vm.state !== 'crashed') return failWithHint(ctx, 'error: Domain is already active', 'machines.hint.alreadyActive', { name: vm.name, state: vm.state });
  const host = ctx.world.hosts.get(vm.hostId);
  if (!host) return fail(`error: failed to get domain '${vm.name}'`);
  const hv = hypervisorHost(ctx, host);
  if (!hv.ok) return hv.outcome;
  const admitted = admitVm(ctx, host, { name: vm.name, vcpus: vm.vcpus, memoryMiB: vm.memoryMiB, newDiskMiB: 0 });
  if (!admitted.ok) return admitted.outcome;
  beginBoot(ctx.world, vm);
  ctx.sink.happened(ctx.world.tick, 'vm-started', vm.name, `on ${host.id}`);
  return ok([`Domain '${vm.name}' started`, say(ctx, 'machines.note.booting', { os: vm.os, seconds: bootSeconds(vm.os, host.hypervisor) }), ...admitted.value].join('\n'));
};

export const vmStop: Handler = (ctx, words) => {
  const parsed = parseFlags(words, [f('force', ['--force', '-f'], false)]);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help vm stop'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], 'vm stop');
  if (!found.ok) return found.outcome;
  const extra = extraArgs('vm stop', parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  const force = hasFlag(parsed.parsed, 'force');
  if (vm.state === 'shut-off' || vm.state === 'crashed' || (vm.state === 'shutting-down' && !force)) {
    const verb = force ? 'destroy' : 'shutdown';
    return failWithHint(ctx, `error: Failed to ${verb} domain '${vm.name}'\nerror: Requested operation is not valid: domain is not running`, 'machines.hint.notRunning', { name: vm.name });
  }
  if (force) {
    const killed = powerOff(ctx.world, vm);
    ctx.sink.happened(ctx.world.tick, 'vm-destroyed', vm.name, 'hard power-off');
    return ok([`Domain '${vm.name}' destroyed`, ...(killed > 0 ? [say(ctx, 'machines.note.killed', { count: killed })] : [])].join('\n'));
  }
  const stopped = beginShutdown(ctx.world, vm);
  ctx.sink.happened(ctx.world.tick, 'vm-shutting-down', vm.name, 'ACPI shutdown');
  return ok([`Domain '${vm.name}' is being shutdown`, ...(stopped > 0 ? [say(ctx, 'machines.note.stopped', { count: stopped })] : [])].join('\n'));
};
