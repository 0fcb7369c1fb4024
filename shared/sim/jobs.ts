// Pulls and pushes: long-running transfers of layer blobs between a docker engine and
// a registry. Only the layers the other side lacks travel; they move at the speed of
// the machine's NIC share and the registry's per-layer limit (systems/transfers.ts),
// and the command that started the job is answered when it ends.
import { logLine, startContainer } from './containers.ts';
import type { EventSink } from './events.ts';
import { addLayerToStore, parseImageRef, PUBLIC_REGISTRY, refKey, shortLayer } from './images.ts';
import { storeOf } from './machines.ts';
import type { Job, Registry, World } from './model.ts';

/** "1.25: Pulling from library/nginx" — docker names official images library/<name>. */
function pullHeader(imageRefKey: string, registry: Registry): string {
  const ref = parseImageRef(imageRefKey);
  if (!ref) return `Pulling ${imageRefKey}`;
  const repo = registry.id === PUBLIC_REGISTRY && !ref.repo.includes('/') ? `library/${ref.repo}` : ref.repo;
  return `${ref.tag}: Pulling from ${repo}`;
}

export interface StartJobOptions {
  kind: 'pull' | 'push';
  targetId: string;
  registry: Registry;
  imageRef: string;
  imageId: string;
  /** Layers to move, bottom to top; the others already exist on the receiving side. */
  missing: string[];
  /** All layers of the image, bottom to top, for the per-layer report. */
  allLayers: string[];
  commandId: string | null;
  actor?: string;
  line?: string;
  header?: string[];
  thenStart?: string[];
}

export function startJob(world: World, o: StartJobOptions): Job {
  const id = `job-${world.nextSerial++}`;
  const header = o.header ? [...o.header] : [];
  if (o.kind === 'pull') header.push(pullHeader(o.imageRef, o.registry));
  else header.push(`The push refers to repository [${o.imageRef.replace(/:[^:/]+$/, '')}]`);
  const job: Job = {
    id,
    kind: o.kind,
    targetId: o.targetId,
    registryId: o.registry.id,
    imageRef: o.imageRef,
    imageId: o.imageId,
    transfers: o.missing.map((digest) => ({ digest, sizeMiB: world.layers.get(digest)?.sizeMiB ?? 0, doneKiB: 0, started: false })),
    header,
    commandId: o.commandId,
    actor: o.actor ?? '',
    line: o.line ?? '',
    thenStart: o.thenStart ?? [],
    startedTick: world.tick,
    state: 'running',
    error: '',
  };
  // Lines for layers that need no transfer are known at once.
  const missing = new Set(o.missing);
  for (const d of o.allLayers) {
    if (missing.has(d)) continue;
    job.header.push(`${shortLayer(d)}: ${o.kind === 'pull' ? 'Already exists' : 'Layer already exists'}`);
  }
  world.jobs.set(id, job);
  return job;
}

/** True when every layer of the job has arrived. */
export function jobComplete(job: Job): boolean {
  return job.transfers.every((t) => t.doneKiB >= t.sizeMiB * 1024);
}

/** The answer printed for a finished pull or push, as the real CLI prints it. */
function finishedLines(world: World, job: Job): string[] {
  const lines = [...job.header];
  for (const t of job.transfers) lines.push(`${shortLayer(t.digest)}: ${job.kind === 'pull' ? 'Pull complete' : 'Pushed'}`);
  const digest = `sha256:${job.imageId.replace(/^sha256:/, '').split('').reverse().join('')}`;
  const ref = parseImageRef(job.imageRef);
  if (job.kind === 'pull') {
    lines.push(`Digest: ${digest}`);
    lines.push(job.transfers.length === 0 ? `Status: Image is up to date for ${job.imageRef}` : `Status: Downloaded newer image for ${job.imageRef}`);
  } else {
    const image = world.images.get(job.imageId);
    lines.push(`${ref?.tag ?? 'latest'}: digest: ${digest} size: ${528 + 180 * (image?.layers.length ?? 1)}`);
  }
  return lines;
}

/** Ends a job: files the image where it belongs, starts waiting containers, answers the command. */
export function finishJob(world: World, job: Job, sink: EventSink): void {
  job.state = 'done';
  const lines = finishedLines(world, job);
  if (job.kind === 'pull') {
    const store = storeOf(world, job.targetId);
    if (store) {
      const image = world.images.get(job.imageId);
      for (const d of image?.layers ?? []) addLayerToStore(world, store, d);
      store.tags[job.imageRef] = job.imageId;
    }
  } else {
    const registry = world.registries.get(job.registryId);
    const ref = parseImageRef(job.imageRef);
    const image = world.images.get(job.imageId);
    if (registry && ref && image) {
      for (const d of image.layers) if (!registry.blobs.includes(d)) registry.blobs.push(d);
      registry.tags[refKey({ ...ref, registry: PUBLIC_REGISTRY })] = job.imageId;
    }
  }
  let ok = true;
  let error = '';
  for (const name of job.thenStart) {
    const c = world.containers.get(name);
    if (!c || c.waitingForJob !== job.id) continue;
    c.waitingForJob = null;
    const refused = startContainer(world, c);
    if (refused) {
      ok = false;
      error = `docker: Error response from daemon: ${refused}.`;
      logLine(c, refused);
    } else {
      lines.push(c.id);
    }
  }
  world.jobs.delete(job.id);
  sink.happened(world.tick, `${job.kind}-complete`, job.targetId, job.imageRef);
  if (job.commandId !== null) {
    sink.result({ commandId: job.commandId, actor: job.actor, line: job.line, ok, output: lines.join('\n'), tick: world.tick, ...(ok ? {} : { error }) });
  }
}

/** Ends a job with an error (registry gone, disk full); containers waiting for it are never created. */
export function failJob(world: World, job: Job, error: string, sink: EventSink): void {
  job.state = 'failed';
  job.error = error;
  for (const name of job.thenStart) {
    const c = world.containers.get(name);
    if (c && c.waitingForJob === job.id) world.containers.delete(name);
  }
  world.jobs.delete(job.id);
  sink.happened(world.tick, `${job.kind}-failed`, job.targetId, error);
  if (job.commandId !== null) {
    const lines = [...job.header];
    for (const t of job.transfers) if (t.doneKiB >= t.sizeMiB * 1024) lines.push(`${shortLayer(t.digest)}: ${job.kind === 'pull' ? 'Pull complete' : 'Pushed'}`);
    sink.result({ commandId: job.commandId, actor: job.actor, line: job.line, ok: false, output: lines.join('\n'), error, tick: world.tick });
  }
}
