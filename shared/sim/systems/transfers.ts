// Per-tick progress of pulls and pushes. Every layer download in flight on a physical
// host shares that host's NIC (a VM's vNIC is bridged through the host's virtual
// switch to the same NIC), each stream is also capped by the registry's per-layer
// speed, and a job moves at most MAX_CONCURRENT_DOWNLOADS layers at once, as dockerd.
import type { EventSink } from '../events.ts';
import { failJob, finishJob, jobComplete } from '../jobs.ts';
import { addLayerToStore } from '../images.ts';
import { resolveTarget } from '../machines.ts';
import type { Job, Transfer, World } from '../model.ts';
import { MAX_CONCURRENT_DOWNLOADS, nicMiBps } from '../realism.ts';
import { targetDiskUsedMiB } from './disk.ts';

function activeTransfers(job: Job): Transfer[] {
  const out: Transfer[] = [];
  for (const t of job.transfers) {
    if (t.doneKiB >= t.sizeMiB * 1024) continue;
    out.push(t);
    if (out.length === MAX_CONCURRENT_DOWNLOADS) break;
  }
  return out;
}

export function advanceTransfers(world: World, sink: EventSink): void {
  if (world.jobs.size === 0) return;
  const jobs = [...world.jobs.values()];
  // First pass: how many streams each physical NIC carries this tick.
  const streamsByHost = new Map<string, number>();
  const hostOf = new Map<string, string>();
  for (const job of jobs) {
    const found = resolveTarget(world, job.targetId);
    const registry = world.registries.get(job.registryId);
    if (!found.ok) {
      failJob(world, job, `error during connect: ${job.targetId} is not running`, sink);
      continue;
    }
    if (!registry || !registry.available) {
      const host = job.registryId === 'docker.io' ? 'registry-1.docker.io' : job.registryId;
      failJob(world, job, `Error response from daemon: Get "https://${host}/v2/": dial tcp: connect: connection refused`, sink);
      continue;
    }
    hostOf.set(job.id, found.target.host.id);
    const n = activeTransfers(job).length;
    streamsByHost.set(found.target.host.id, (streamsByHost.get(found.target.host.id) ?? 0) + n);
  }
  for (const host of world.hosts.values()) host.metrics.nicUsedMiBps = 0;
  // Second pass: move bytes, in job order (deterministic: jobs are kept in creation order).
  for (const job of jobs) {
    const hostId = hostOf.get(job.id);
    if (hostId === undefined || job.state !== 'running') continue;
    const host = world.hosts.get(hostId);
    const registry = world.registries.get(job.registryId);
    if (!host || !registry) continue;
    const streams = Math.max(1, streamsByHost.get(hostId) ?? 1);
    const perStreamMiBps = Math.min(nicMiBps(host.nicMbps) / streams, registry.perLayerMiBps);
    const perStreamKiB = Math.max(1, Math.floor(perStreamMiBps * 1024));
    let diskFull = false;
    for (const t of activeTransfers(job)) {
      const before = t.doneKiB;
      t.started = true;
      t.doneKiB = Math.min(t.sizeMiB * 1024, t.doneKiB + perStreamKiB);
      host.metrics.nicUsedMiBps += (t.doneKiB - before) / 1024;
      // Each finished layer is extracted onto the disk at once, as dockerd does.
      if (job.kind === 'pull' && t.doneKiB >= t.sizeMiB * 1024) {
        const found = resolveTarget(world, job.targetId);
        if (!found.ok) continue;
        if (targetDiskUsedMiB(world, found.target) + t.sizeMiB > found.target.diskMiB) diskFull = true;
        else addLayerToStore(world, found.target.store, t.digest);
      }
    }
    if (diskFull) {
      failJob(world, job, `failed to register layer: write /var/lib/docker/overlay2/${job.id}/diff: no space left on device`, sink);
      continue;
    }
    if (jobComplete(job)) finishJob(world, job, sink);
  }
}
