// `disk-failure`: the data disk of a host dies. Local volumes on it (those of the host's
// engine and of its VMs, whose disks are files there) lose their data; the processes
// writing to them get I/O errors and exit. A replicated volume keeps its data on other
// hosts' disks: it runs degraded until the pool has re-created the lost copy. The disk
// is swapped at once, so restarted containers find an empty volume: data is gone, not
// the service. Prevention (replication, backups) is the lesson.
import { endRun, logLine } from '../../containers.ts';
import { REPLICA_RECOVERY_TICKS } from '../figures.ts';
import { kernelLog } from '../outages.ts';
import { decodeList, encodeList } from '../workloads.ts';
import { recordAffected, upHostIds, validateUpHost, workloadsHealthy } from './common.ts';
import { addSubjects, num, type KindDef } from './types.ts';

const IO_LINES = [
  'blk_update_request: I/O error, dev sdb, sector 209715200 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0',
  'EXT4-fs error (device sdb1): ext4_journal_check_start:83: comm dockerd: Detected aborted journal',
  'EXT4-fs (sdb1): Remounting filesystem read-only',
];

export const diskFailureKind: KindDef = {
  id: 'disk-failure',
  needs: 'a host that is up',
  variants: [],
  concepts: ['storage-virtualisation', 'hardware'],
  alerts: ['ContainerExited', 'ContainerRestarting'],
  validate: validateUpHost,
  candidates: upHostIds,
  inject(world, incident, sink) {
    const host = world.hosts.get(incident.target);
    if (!host) return;
    const machines = new Set([host.id]);
    for (const vm of world.vms.values()) if (vm.hostId === host.id) machines.add(vm.name);
    const lost: string[] = [];
    for (const [key, v] of world.volumes) {
      if (v.driver !== 'local' || v.hostId === null || !machines.has(v.hostId)) continue;
      lost.push(key);
      // Level objectives (volume-data-kept) watch for this: data that existed is gone.
      if (v.usedMiB > 0) {
        v.dataLostTick = world.tick;
        sink.happened(world.tick, 'volume-data-lost', key, `${v.usedMiB} MiB on ${host.id}'s failed disk`);
      }
      v.usedMiB = 0;
      delete v.registry;
    }
    const degraded: string[] = [];
    for (const [key, v] of world.volumes) {
      if (v.driver !== 'replicated' || v.replicas < 2) continue;
      v.replicas--;
      degraded.push(key);
    }
    const lostSet = new Set(lost);
    const users = (c: { mounts: { volume: string }[] }) => c.mounts.some((m) => lostSet.has(m.volume));
    recordAffected(world, incident, (c) => users(c));
    // A registry whose storage was on the disk forgets its images.
    for (const reg of world.registries.values()) {
      const c = reg.containerId ? world.containers.get(reg.containerId) : undefined;
      if (c && users(c)) {
        reg.tags = {};
        reg.blobs = [];
      }
    }
    for (const c of [...world.containers.values()]) {
      if (c.state !== 'running' || !users(c)) continue;
      const path = c.mounts.find((m) => lostSet.has(m.volume))?.path ?? '/data';
      logLine(c, c.profile.command === 'postgres' ? `PANIC:  could not fsync file "${path}/base/16384/2619": Input/output error` : `${c.profile.command}: write ${path}: input/output error`);
      endRun(world, c, 1, 'input/output error', false);
    }
    for (const id of machines) {
      const k = world.kernels.get(host.id === id ? host.kernelId ?? '' : world.vms.get(id)?.kernelId ?? '');
      if (k && k.state === 'up') kernelLog(k, IO_LINES);
    }
    // Shown in the root cause: '-' rather than empty brackets when only replicated volumes were there.
    incident.data.lostVolumes = lost.length ? encodeList(lost) : '-';
    incident.data.degraded = encodeList(degraded);
    incident.data.recoveredAtTick = world.tick + REPLICA_RECOVERY_TICKS;
    if (degraded.length === 0) incident.data.effectDone = true;
    addSubjects(incident, [host.id, ...lost.map((k) => world.volumes.get(k)?.name ?? k)]);
    sink.happened(world.tick, 'disk-failed', host.id, `${lost.length} local volumes lost, ${degraded.length} replicated volumes degraded`);
  },
  tick(world, incident, sink) {
    if (world.tick < num(incident, 'recoveredAtTick')) return;
    for (const key of decodeList(incident.data.degraded)) {
      const v = world.volumes.get(key);
      if (v) v.replicas++;
    }
    sink.happened(world.tick, 'volumes-recovered', incident.target, 'replicas re-created');
    incident.data.effectDone = true;
  },
  isResolved: (view, incident) => incident.data.effectDone === true && workloadsHealthy(view, incident),
};
