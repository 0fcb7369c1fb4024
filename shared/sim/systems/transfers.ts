// Per-tick progress of pulls and pushes. Every layer stream in flight on a physical host
// shares that host's NIC (a VM's vNIC is bridged through the host's virtual switch to
// the same NIC); a stream from a private registry also shares the NIC of the host under
// the registry container; each stream is capped by the registry's per-layer speed; a
// job moves at most MAX_CONCURRENT_DOWNLOADS layers at once, as dockerd; two pulls on
// one engine that need the same layer fetch it once (the second waits for it); and every
// stream to or from a registry with a shared cap (docker.io behind the datacenter's
// internet uplink) shares that cap with the other streams going the same way.
import type { EventSink } from '../events.ts';
import { failJob, finishJob, jobComplete } from '../jobs.ts';
import { addLayerToStore, storeHasLayer } from '../images.ts';
import { resolveTarget } from '../machines.ts';
import type { Job, Transfer, World } from '../model.ts';
import { MAX_CONCURRENT_DOWNLOADS, nicMiBps } from '../realism.ts';
import { registryHostId, syncPrivateRegistries, unreachableError } from '../registries.ts';
import { targetDiskUsedMiB } from './disk.ts';

interface Route {
  job: Job;
  /** Physical host whose NIC carries the engine's side. */
  hostId: string;
  /** Physical host under a private registry on another machine (its NIC carries the other side). */
  registryHostId: string | null;
  active: Transfer[];
}

const done = (t: Transfer) => t.doneKiB >= t.sizeMiB * 1024;

function addStreams(streams: Map<string, number>, hostId: string, n: number): void {
  streams.set(hostId, (streams.get(hostId) ?? 0) + n);
}

/** Key of the shared link a job's streams cross, one per registry and direction (the uplink is full duplex). */
function linkKey(job: Job): string {
  return `${job.registryId}|${job.kind}`;
}

/** Plans this tick's streams; fails jobs whose engine or registry is gone. */
function route(world: World, sink: EventSink, streams: Map<string, number>, links: Map<string, number>): Route[] {
  const routes: Route[] = [];
  const claimed = new Map<string, string>();
  for (const job of [...world.jobs.values()]) {
    const found = resolveTarget(world, job.targetId);
    if (!found.ok) {
      failJob(world, job, `error during connect: ${job.targetId} is not running`, sink);
      continue;
    }
    const registry = world.registries.get(job.registryId);
    if (!registry || !registry.available) {
      failJob(world, job, unreachableError(job.registryId), sink);
      continue;
    }
    const store = found.target.store;
    const active: Transfer[] = [];
    for (const t of job.transfers) {
      if (done(t)) continue;
      if (job.kind === 'pull') {
        // Fetched meanwhile by another pull on this engine.
        if (storeHasLayer(store, t.digest)) {
          t.doneKiB = t.sizeMiB * 1024;
          continue;
        }
        const key = `${job.targetId}|${t.digest}`;
        const owner = claimed.get(key);
        if (owner !== undefined && owner !== job.id) continue;
        if (active.length < MAX_CONCURRENT_DOWNLOADS) claimed.set(key, job.id);
      }
      if (active.length < MAX_CONCURRENT_DOWNLOADS) active.push(t);
    }
    const hostId = found.target.host.id;
    const regHost = registry.kind === 'private' ? registryHostId(world, registry) : null;
    const r: Route = { job, hostId, registryHostId: regHost !== null && regHost !== hostId ? regHost : null, active };
    // A registry on the same physical host is reached over loopback or the virtual switch.
    if (regHost !== hostId) addStreams(streams, hostId, active.length);
    if (r.registryHostId !== null) addStreams(streams, r.registryHostId, active.length);
    if (registry.sharedMiBps !== undefined) addStreams(links, linkKey(job), active.length);
    routes.push(r);
  }
  return routes;
}

/** MiB per second one stream gets on `hostId`'s NIC this tick. */
function share(world: World, streams: Map<string, number>, hostId: string): number {
  const host = world.hosts.get(hostId);
  if (!host || host.state !== 'up') return 0;
  return nicMiBps(host.nicMbps) / Math.max(1, streams.get(hostId) ?? 1);
}

export function advanceTransfers(world: World, sink: EventSink): void {
  if (world.jobs.size === 0) {
    for (const host of world.hosts.values()) if (host.metrics.nicUsedMiBps !== 0) host.metrics.nicUsedMiBps = 0;
    return;
  }
  syncPrivateRegistries(world);
  const streams = new Map<string, number>();
  const links = new Map<string, number>();
  const routes = route(world, sink, streams, links);
  for (const host of world.hosts.values()) host.metrics.nicUsedMiBps = 0;
  // Move bytes, in job order (deterministic: jobs are kept in creation order).
  for (const { job, hostId, registryHostId, active } of routes) {
    if (job.state !== 'running') continue;
    const registry = world.registries.get(job.registryId);
    if (!registry) continue;
    let rate = registry.perLayerMiBps;
    const loopback = registry.kind === 'private' && registryHostId === null;
    if (!loopback) rate = Math.min(rate, share(world, streams, hostId));
    if (registryHostId !== null) rate = Math.min(rate, share(world, streams, registryHostId));
    if (registry.sharedMiBps !== undefined) rate = Math.min(rate, registry.sharedMiBps / Math.max(1, links.get(linkKey(job)) ?? 1));
    const perStreamKiB = Math.max(1, Math.floor(rate * 1024));
    let diskFull = false;
    for (const t of active) {
      const before = t.doneKiB;
      t.started = true;
      t.doneKiB = Math.min(t.sizeMiB * 1024, t.doneKiB + perStreamKiB);
      const moved = (t.doneKiB - before) / 1024;
      const host = world.hosts.get(hostId);
      if (host && !loopback) host.metrics.nicUsedMiBps += moved;
      const regHost = registryHostId !== null ? world.hosts.get(registryHostId) : undefined;
      if (regHost) regHost.metrics.nicUsedMiBps += moved;
      // Each finished layer is extracted onto the disk at once, as dockerd does.
      if (job.kind === 'pull' && done(t)) {
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
