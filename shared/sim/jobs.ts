// Pulls and pushes: long-running transfers of layer blobs between a docker engine and
// a registry. Only the layers the other side lacks travel; they move at the speed of
// the machine's NIC share and the registry's per-layer limit (systems/transfers.ts),
// and the command that started the job is answered when it ends. This file is the one
// place where jobs are created and ended.
import { resumeBuild } from './build/builder.ts';
import { logLine, startContainer } from './containers.ts';
import type { EventSink } from './events.ts';
import { addLayerToStore, fullRef, fullRepo, isEmptyLayer, manifestDigest, parseImageRef, setTag, shortLayer } from './images.ts';
import { storeOf } from './machines.ts';
import type { Job, PendingBuild, Registry, Transfer, World } from './model.ts';
import { pullingFrom, recordPush, syncPrivateRegistries } from './registries.ts';

export interface StartJobOptions {
  kind: 'pull' | 'push';
  targetId: string;
  registry: Registry;
  /** Store key of the image (`nginx:1.25`, `host-2:5000/shop/web:1.1`). */
  imageRef: string;
  imageId: string;
  /** Layers to move, bottom to top; the others already exist on the receiving side. */
  missing: string[];
  /** All layers of the image, bottom to top (kept for callers; the report reads the image). */
  allLayers: string[];
  commandId: string | null;
  actor?: string;
  line?: string;
  /** Lines printed before the job's own (`Unable to find image … locally`, build steps). */
  header?: string[];
  thenStart?: string[];
  thenBuild?: PendingBuild | null;
  quiet?: boolean;
}

export function startJob(world: World, o: StartJobOptions): Job {
  // The registry entry the transfers will read must exist (a private one is made on first use).
  if (o.registry.kind === 'private') syncPrivateRegistries(world);
  const id = `job-${world.nextSerial++}`;
  const header = o.header ? [...o.header] : [];
  const ref = parseImageRef(o.imageRef);
  if (o.kind === 'pull') header.push(ref ? pullingFrom(ref) : `Pulling ${o.imageRef}`);
  else header.push(`The push refers to repository [${ref ? fullRepo(ref) : o.imageRef}]`);
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
    thenBuild: o.thenBuild ?? null,
    quiet: o.quiet ?? false,
    startedTick: world.tick,
    state: 'running',
    error: '',
  };
  world.jobs.set(id, job);
  return job;
}

/** True when every layer of the job has arrived. */
export function jobComplete(job: Job): boolean {
  return job.transfers.every((t) => t.doneKiB >= t.sizeMiB * 1024);
}

/** What a report needs from a job (an immediate answer builds one without a job). */
export type JobReport = Pick<Job, 'kind' | 'imageRef' | 'imageId' | 'header' | 'transfers' | 'thenStart' | 'thenBuild' | 'quiet'>;

/** One line per manifest layer: pulls bottom to top, pushes top to bottom, as the CLI prints them. */
function layerLines(world: World, job: JobReport): string[] {
  const moving = new Map<string, Transfer>();
  for (const t of job.transfers) moving.set(t.digest, t);
  const image = world.images.get(job.imageId);
  const layers = (image?.layers ?? []).filter((d) => {
    const layer = world.layers.get(d);
    return layer !== undefined && !isEmptyLayer(layer);
  });
  if (job.kind === 'push') layers.reverse();
  const out: string[] = [];
  for (const d of layers) {
    const t = moving.get(d);
    if (!t) out.push(`${shortLayer(d)}: ${job.kind === 'pull' ? 'Already exists' : 'Layer already exists'}`);
    else if (t.doneKiB >= t.sizeMiB * 1024) out.push(`${shortLayer(d)}: ${job.kind === 'pull' ? 'Pull complete' : 'Pushed'}`);
  }
  return out;
}

/** Manifest size in bytes, as the push summary prints it (a config plus ~211 bytes per layer). */
function manifestBytes(layerCount: number): number {
  return 317 + 211 * Math.max(1, layerCount);
}

/** The answer of a finished pull or push, as the real CLI prints it. */
export function reportLines(world: World, job: JobReport, upToDate: boolean): string[] {
  const ref = parseImageRef(job.imageRef);
  const full = ref ? fullRef(ref) : job.imageRef;
  if (job.quiet) return [full];
  // An image already up to date lists no layers, only its digest and status.
  const lines = [...job.header, ...(upToDate ? [] : layerLines(world, job))];
  if (job.kind === 'pull') {
    lines.push(`Digest: ${manifestDigest(job.imageId)}`);
    lines.push(upToDate ? `Status: Image is up to date for ${job.imageRef}` : `Status: Downloaded newer image for ${job.imageRef}`);
    // Only `docker pull` itself ends with the full name; run and build go on with their own output.
    if (job.thenStart.length === 0 && !job.thenBuild) lines.push(full);
  } else {
    const count = layerLines(world, { ...job, kind: 'pull', transfers: [] }).length;
    lines.push(`${ref?.tag ?? 'latest'}: digest: ${manifestDigest(job.imageId)} size: ${manifestBytes(count)}`);
  }
  return lines;
}

/** Ends a job: files the image where it belongs, starts waiting containers or the build, answers the command. */
export function finishJob(world: World, job: Job, sink: EventSink): void {
  job.state = 'done';
  let upToDate = false;
  const image = world.images.get(job.imageId);
  if (job.kind === 'pull') {
    const store = storeOf(world, job.targetId);
    if (store && image) {
      upToDate = job.transfers.length === 0 && store.tags[job.imageRef] === job.imageId;
      for (const d of image.layers) addLayerToStore(world, store, d);
      setTag(store, job.imageRef, job.imageId);
    }
  } else {
    const registry = world.registries.get(job.registryId);
    const ref = parseImageRef(job.imageRef);
    if (registry && ref && image) recordPush(world, registry, ref, job.imageId, image.layers);
  }
  const lines = reportLines(world, job, upToDate);
  world.jobs.delete(job.id);
  sink.happened(world.tick, `${job.kind}-complete`, job.targetId, job.imageRef);
  if (job.thenBuild) {
    resumeBuild(world, job, lines, sink);
    return;
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
    const output = job.quiet ? '' : [...job.header, ...layerLines(world, job)].join('\n');
    sink.result({ commandId: job.commandId, actor: job.actor, line: job.line, ok: false, output, error, tick: world.tick });
  }
}
