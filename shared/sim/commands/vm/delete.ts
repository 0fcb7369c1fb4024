// `vm delete <name>`: what a cloud CLI's delete does, in virsh terms: destroy (hard
// power-off if it runs) and undefine with its storage. The VM's disk goes, and with it
// every container, image and local volume that lived inside the guest.
import { failJob } from '../../jobs.ts';
import { removeVm } from '../../machines.ts';
import { powerOff } from '../../systems/lifecycle.ts';
import { f, parseFlags } from '../flags.ts';
import { say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { binSize } from '../host/format.ts';
import { extraArgs } from '../host/lookup.ts';
import { findVm } from './lookup.ts';

export const vmDelete: Handler = (ctx, words) => {
  // Cloud CLIs ask "Do you want to continue (Y/n)?"; -q/--quiet answers yes, as here.
  const parsed = parseFlags(words, [f('quiet', ['--quiet', '-q'], false)]);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help vm delete'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], 'vm delete');
  if (!found.ok) return found.outcome;
  const extra = extraArgs('vm delete', parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  const lines: string[] = [];
  if (vm.state !== 'shut-off' && vm.state !== 'crashed') {
    powerOff(ctx.world, vm);
    lines.push(`Domain '${vm.name}' destroyed`);
  }
  // Pulls and pushes into the VM lose their endpoint with it.
  for (const job of [...ctx.world.jobs.values()]) {
    if (job.targetId === vm.id) failJob(ctx.world, job, `error during connect: ${vm.id}: no such host`, ctx.sink);
  }
  const disk = vm.diskMiB;
  const removed = removeVm(ctx.world, vm);
  ctx.sink.happened(ctx.world.tick, 'vm-deleted', vm.name, `from ${vm.hostId}`);
  lines.push(
    `Domain '${vm.name}' has been undefined`,
    `Storage volume 'vda'(/var/lib/libvirt/images/${vm.name}.qcow2) is removed.`,
    say(ctx, 'machines.note.deleted', { containers: removed.containers, volumes: removed.volumes, disk: binSize(disk), memory: binSize(vm.memoryMiB), host: vm.hostId }),
  );
  return ok(lines.join('\n'));
};
