// `host inspect <host>`: everything needed to reason about one machine, in the shape of
// `kubectl describe node` with virsh-style fields: hardware, what the OS or hypervisor
// itself costs, live usage, the VMs and containers it carries, and where the disk went.
import { hostCommitment, hypervisorOverhead } from '../../machines.ts';
import { CONTAINER_HOST_OS, nicMiBps } from '../../realism.ts';
import { parseFlags } from '../flags.ts';
import { say } from '../hint.ts';
import type { CommandContext, Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { Host } from '../../model.ts';
import { binSize, cores, fields, linkSpeed, percent } from './format.ts';
import { containerLines, diskLines, vmLines } from './inspectParts.ts';
import { roleLabel } from './list.ts';
import { extraArgs, findHost } from './lookup.ts';

function identity(ctx: CommandContext, host: Host): string[] {
  const kernel = host.kernelId ? ctx.world.kernels.get(host.kernelId) : undefined;
  const role =
    host.role === 'container-host'
      ? say(ctx, 'machines.inspect.roleContainerHost')
      : say(ctx, host.hypervisor === 'type2' ? 'machines.inspect.roleType2' : 'machines.inspect.roleType1');
  let kernelText = say(ctx, 'machines.inspect.noKernel');
  if (kernel) kernelText = host.role === 'hypervisor' ? say(ctx, 'machines.inspect.hostOsKernel', { release: kernel.release }) : `${kernel.release} (${kernel.state})`;
  return fields([
    ['Name', host.id],
    ['Rack', host.rack],
    ['Type', host.type],
    ['State', host.state],
    ['Scheduling', host.cordoned ? 'disabled (cordoned)' : 'enabled'],
    ['Role', `${roleLabel(host)}: ${role}`],
    ['Kernel', kernelText],
  ]);
}

function hardware(host: Host): string[] {
  return [
    'Hardware:',
    ...fields(
      [
        ['CPU(s)', `${host.cores} cores`],
        ['Memory', host.swapMiB > 0 ? `${binSize(host.memoryMiB)} (+${binSize(host.swapMiB)} swap)` : `${binSize(host.memoryMiB)} (no swap)`],
        ['Disk', binSize(host.diskMiB)],
        ['NIC', linkSpeed(host.nicMbps)],
      ],
      2,
    ),
  ];
}

function overhead(ctx: CommandContext, host: Host): string[] {
  if (host.role === 'container-host') {
    return [
      'OS overhead:',
      ...fields([
        ['CPU', `${cores(CONTAINER_HOST_OS.cpuMillis)} cores (OS, containerd, agents)`],
        ['Memory', `${binSize(CONTAINER_HOST_OS.memoryMiB)}`],
        ['Left for containers', `${cores(host.cores * 1000 - CONTAINER_HOST_OS.cpuMillis)} cores, ${binSize(host.memoryMiB - CONTAINER_HOST_OS.memoryMiB)}`],
      ], 2),
    ];
  }
  const o = hypervisorOverhead(host);
  const commit = hostCommitment(ctx.world, host);
  const ratio = (commit.vcpus / host.cores).toFixed(2);
  const ramRatio = (commit.memoryMiB / host.memoryMiB).toFixed(2);
  const cpuNote = commit.vcpus > host.cores ? ` ${say(ctx, 'machines.inspect.cpuOvercommit')}` : '';
  const ramNote = commit.memoryMiB > host.memoryMiB ? ` ${say(ctx, 'machines.inspect.ramOvercommit', { over: binSize(commit.memoryMiB - host.memoryMiB) })}` : '';
  return [
    'Hypervisor overhead:',
    ...fields([
      ['CPU', `${percent(o.cpuMillis, host.cores * 1000)} of the cores (${(o.cpuMillis / 1000).toFixed(2)} cores)`],
      ['Memory', `${binSize(o.memoryMiB)} (${host.hypervisor === 'type2' ? 'host OS + hypervisor app' : 'hypervisor'})`],
      ['Left for guests', `${((host.cores * 1000 - o.cpuMillis) / 1000).toFixed(2)} cores, ${binSize(host.memoryMiB - o.memoryMiB)}`],
    ], 2),
    'Commitments:',
    ...fields([
      ['vCPU:core', `${commit.vcpus}:${host.cores} (${ratio})${cpuNote}`],
      ['RAM committed', `${binSize(commit.memoryMiB)} of ${binSize(host.memoryMiB)} (${ramRatio})${ramNote}`],
    ], 2),
  ];
}

function usage(host: Host): string[] {
  const m = host.metrics;
  const line = nicMiBps(host.nicMbps);
  return [
    'Usage:',
    ...fields([
      ['CPU', `${cores(m.cpuUsedMillis)}/${host.cores} cores (demand ${cores(m.cpuDemandMillis)})`],
      ['Memory', `${binSize(m.memoryUsedMiB)}/${binSize(host.memoryMiB)}` + (host.swapMiB > 0 ? `, swap ${binSize(m.swapUsedMiB)}/${binSize(host.swapMiB)}` : '')],
      ['NIC', `${m.nicUsedMiBps.toFixed(1)} MiB/s of ${line.toFixed(0)} MiB/s (${percent(m.nicUsedMiBps, line)})`],
    ], 2),
  ];
}

export const hostInspect: Handler = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help host inspect'.`);
  const found = findHost(ctx, parsed.parsed.positionals[0], 'host inspect');
  if (!found.ok) return found.outcome;
  const extra = extraArgs('host inspect', parsed.parsed.positionals, 1);
  if (extra) return extra;
  const host = found.value;
  const blocks = [identity(ctx, host), hardware(host), overhead(ctx, host), usage(host), vmLines(ctx, host), containerLines(ctx, host), diskLines(ctx, host)];
  return ok(blocks.map((b) => b.join('\n')).join('\n\n'));
};
