// `vm-overcommit`: another team packs busy VMs onto a hypervisor host until its vCPUs
// (or its RAM) are promised twice over. Every guest on the host then waits for a
// physical core (steal time) or is paged out to swap, and everything in them slows
// down, not only the newcomers'. The response: stop or move the extra VMs, or give
// the host fewer guests; restarting the victims changes nothing.
import { BATCH_BOT, botRun } from '../bot.ts';
import { OVERCOMMIT_VCPU_RATIO } from '../figures.ts';
import { ensureHogImage } from '../hogs.ts';
import { pick } from '../pick.ts';
import { hostCommitment } from '../../machines.ts';
import type { World } from '../../model.ts';
import { decodeList, encodeList } from '../workloads.ts';
import { findUpHost } from './common.ts';
import { addSubjects, num, type KindDef } from './types.ts';

function freeVmName(world: World, n: number): string {
  for (let k = n; ; k++) if (!world.vms.has(`batch-vm-${k}`) && !world.hosts.has(`batch-vm-${k}`)) return `batch-vm-${k}`;
}

export const vmOvercommitKind: KindDef = {
  id: 'vm-overcommit',
  needs: 'a hypervisor host that is up',
  variants: ['cpu', 'memory'],
  concepts: ['vm-density', 'virtual-machine'],
  alerts: ['HighCpuSteal', 'HostSwapping'],
  validate(world, target) {
    const found = findUpHost(world, target, 'hypervisor hosts that are up', (h) => (h.role !== 'hypervisor' ? `${h.id} is a container host: it runs no VMs` : null));
    return found.ok ? null : found.error;
  },
  candidates: (world) => [...world.hosts.values()].filter((h) => h.state === 'up' && h.role === 'hypervisor').map((h) => h.id),
  inject(world, incident, sink) {
    const host = world.hosts.get(incident.target);
    if (!host) return;
    const variant = incident.variant || pick(world, ['cpu', 'memory']);
    incident.variant = variant;
    const vcpus = Math.max(1, Math.min(8, host.cores));
    const made: string[] = [];
    if (variant === 'cpu') {
      const need = OVERCOMMIT_VCPU_RATIO * host.cores - hostCommitment(world, host).vcpus;
      const count = Math.max(2, Math.ceil(need / vcpus));
      for (let i = 0; i < count; i++) {
        const name = freeVmName(world, i + 1);
        const r = botRun(world, `vm create ${name} --host ${host.id} --vcpus ${vcpus} --memory 2g`, sink, BATCH_BOT);
        if ('ok' in r && r.ok) made.push(name);
      }
      ensureHogImage(world, 'cpu');
    } else {
      // Two large guests that together promise more RAM than the host has (within RAM + swap).
      const c = hostCommitment(world, host);
      const each = Math.max(1024, Math.floor((host.memoryMiB - c.memoryMiB + Math.floor(host.swapMiB / 2)) / 2));
      for (let i = 0; i < 2; i++) {
        const name = freeVmName(world, i + 1);
        const r = botRun(world, `vm create ${name} --host ${host.id} --vcpus 2 --memory ${each}m`, sink, BATCH_BOT);
        if ('ok' in r && r.ok) made.push(name);
      }
    }
    incident.data.vms = encodeList(made);
    incident.data.started = '';
    addSubjects(incident, [host.id, ...made]);
  },
  tick(world, incident, sink) {
    const started = decodeList(incident.data.started);
    let pending = 0;
    for (const name of decodeList(incident.data.vms)) {
      const vm = world.vms.get(name);
      if (!vm || started.includes(name)) continue;
      if (incident.variant !== 'cpu') {
        if (vm.state === 'running') started.push(name);
        else pending++;
        continue;
      }
      if (vm.state !== 'running') {
        pending++;
        continue;
      }
      botRun(world, `docker -H ${name} run -d --name crunch --restart always cpuhog:1.0`, sink, BATCH_BOT);
      started.push(name);
    }
    incident.data.started = encodeList(started);
    if (pending === 0) {
      incident.data.effectDone = true;
      incident.data.fullAtTick = world.tick;
    }
  },
  isResolved(view, incident) {
    const world = view.world;
    // Judged once the busy guests are up (and a little while after, for the readings to settle).
    if (incident.data.effectDone !== true || world.tick < num(incident, 'fullAtTick') + 30) return false;
    const host = world.hosts.get(incident.target);
    if (!host) return true;
    if (incident.variant === 'memory') return host.metrics.swapUsedMiB === 0;
    for (const vm of world.vms.values()) if (vm.hostId === host.id && vm.state === 'running' && vm.metrics.stealPermille >= 50) return false;
    return true;
  },
};
