// `vm create <name> --host <host> --vcpus <n> --memory <size> [--os linux|windows]`:
// define a VM and power it on, as `virt-install`/`virsh create` or a cloud CLI's
// `instances create` do. Everything is validated first; the guest then boots for tens
// of seconds before anything can run in it.
import { addVm } from '../../machines.ts';
import type { OsKind } from '../../model.ts';
import { GUEST_OS, HYPERVISOR } from '../../realism.ts';
import { parseSizeMiB } from '../../units.ts';
import { f, flag, parseFlags } from '../flags.ts';
import { failWithHint, say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { binSize } from '../host/format.ts';
import { extraArgs, findHost, missingArg } from '../host/lookup.ts';
import { admitVm, hypervisorHost } from './admit.ts';
import { parseVcpus } from './parse.ts';

const SPECS = [f('host', ['--host']), f('vcpus', ['--vcpus', '-c']), f('memory', ['--memory', '-m']), f('os', ['--os', '--os-type'])];

/** Cloud-style names: lower-case letters, digits and hyphens, starting with a letter (RFC 1035). */
const NAME = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

/** Uncontended boot time of a guest on this kind of hypervisor, game seconds. */
export function bootSeconds(os: OsKind, hypervisor: 'type1' | 'type2' | null): number {
  const penalty = hypervisor ? HYPERVISOR[hypervisor].bootPenaltyPermille : 0;
  return Math.round((GUEST_OS[os].bootTicks * (1000 + penalty)) / 1000);
}

export const vmCreate: Handler = (ctx, words) => {
  const parsed = parseFlags(words, SPECS);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help vm create'.`);
  const p = parsed.parsed;
  const name = p.positionals[0];
  if (name === undefined) return missingArg('vm create', 'name');
  const extra = extraArgs('vm create', p.positionals, 1);
  if (extra) return extra;
  if (!NAME.test(name)) {
    return failWithHint(ctx, `error: invalid value for name: '${name}': must match regex '[a-z]([-a-z0-9]{0,61}[a-z0-9])?'`, 'machines.hint.badName', {});
  }
  if (ctx.world.vms.has(name)) return failWithHint(ctx, `error: operation failed: domain '${name}' already exists`, 'machines.hint.vmExists', { name });
  if (ctx.world.hosts.has(name)) return failWithHint(ctx, `error: operation failed: domain '${name}' already exists`, 'machines.hint.nameIsHost', { name });
  const hostId = flag(p, 'host');
  if (hostId === undefined) return failWithHint(ctx, `error: command 'vm create' requires --host option`, 'machines.hint.needHost', {});
  const found = findHost(ctx, hostId, 'vm create');
  if (!found.ok) return found.outcome;
  const hv = hypervisorHost(ctx, found.value);
  if (!hv.ok) return hv.outcome;
  const host = hv.value;
  const vcpus = parseVcpus(flag(p, 'vcpus') ?? '1');
  if (vcpus === null) return fail(`error: Numeric value '${flag(p, 'vcpus')}' for <vcpus> option is malformed or out of range`);
  const memText = flag(p, 'memory');
  if (memText === undefined) return failWithHint(ctx, `error: command 'vm create' requires --memory option`, 'machines.hint.needMemory', {});
  const memoryMiB = parseSizeMiB(memText);
  if (memoryMiB === null) return fail(`error: Scaled numeric value '${memText}' for <memory> option is malformed or out of range`);
  const osText = (flag(p, 'os') ?? 'linux').toLowerCase();
  if (osText !== 'linux' && osText !== 'windows') return fail(`error: invalid argument: unknown OS type '${osText}': expected linux or windows`);
  const os: OsKind = osText;
  const guest = GUEST_OS[os];
  if (memoryMiB <= guest.memoryMiB) {
    return failWithHint(ctx, `error: unsupported configuration: ${binSize(memoryMiB)} is not enough memory for a ${os} guest (its OS alone keeps ${binSize(guest.memoryMiB)} resident)`, 'machines.hint.memoryBelowGuest', {
      os,
      guest: binSize(guest.memoryMiB),
      suggest: binSize(guest.memoryMiB * 2),
    });
  }
  const admitted = admitVm(ctx, host, { name, vcpus, memoryMiB, newDiskMiB: guest.diskMiB });
  if (!admitted.ok) return admitted.outcome;
  // Validated: from here on the world changes.
  addVm(ctx.world, name, host, vcpus, memoryMiB, os);
  ctx.sink.happened(ctx.world.tick, 'vm-created', name, `${vcpus} vCPU, ${binSize(memoryMiB)}, ${os} on ${host.id}`);
  const lines = [
    `Domain '${name}' created and started`,
    say(ctx, 'machines.note.created', { host: host.id, vcpus, memory: binSize(memoryMiB), os, guest: binSize(guest.memoryMiB), app: binSize(memoryMiB - guest.memoryMiB) }),
    say(ctx, 'machines.note.booting', { os, seconds: bootSeconds(os, host.hypervisor) }),
  ];
  if (guest.licencePerHour > 0) lines.push(say(ctx, 'machines.note.licence', { cost: guest.licencePerHour.toFixed(2) }));
  lines.push(...admitted.value);
  return ok(lines.join('\n'));
};
