// `docker build` with the classic builder: each instruction becomes a layer on top of
// the previous one; a step whose parent layer and inputs are unchanged is taken from
// the engine's build cache, and the first changed step rebuilds it and every step after
// it. A missing FROM image is pulled first (a pull job that resumes the build).
import type { EventSink } from '../events.ts';
import { digestOf } from '../hash.ts';
import { addLayerToStore, ensureImage, ensureLayer, imageIdOf, keepDangling, layerDigest, parseImageRef, refKey, resolveInStore, setTag, shortImageId, storeHasLayer } from '../images.ts';
import { startJob } from '../jobs.ts';
import { resolveTarget } from '../machines.ts';
import type { Image, Job, Layer, PendingBuild, Recipe, World, WorkloadProfile } from '../model.ts';
import { planPull } from '../registries.ts';
import { expand, parseDockerfile, type Instruction } from './recipe.ts';
import { applyToState, stepEffect, type StageState, type StepContext } from './steps.ts';

export interface BuildCall {
  world: World;
  targetId: string;
  pending: PendingBuild;
  commandId: string | null;
  actor: string;
  line: string;
}

export type BuildOutcome =
  | { done: true; ok: true; output: string }
  | { done: true; ok: false; output: string; error: string; hint?: { key: string; params: Record<string, string> } }
  | { done: false; jobId: string };

const SCRATCH_PROFILE: WorkloadProfile = { cpuMillis: 0, memoryMiB: 1, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: '', exitAfterTicks: 1 };

/** Id of the intermediate image after a step (` ---> 3f2a…`), from the layers so far. */
export function stepImageId(layers: readonly string[]): string {
  return `sha256:${digestOf(`step\n${layers.join(',')}`)}`;
}

/** `3.146MB`: go-units HumanSize (4 significant digits, decimal units), as the context line prints it. */
function humanBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${Number(v.toPrecision(4))}${units[i]}`;
}

interface Plan {
  lines: string[];
  error: string | null;
  hint?: { key: string; params: Record<string, string> };
  newLayers: { layer: Layer; cacheKey: string }[];
  cacheHits: number;
  final: StageState | null;
  /** The final stage had no step after FROM: the result is its base image. */
  finalBase: Image | null;
  /** Index of the line holding the last step's ` ---> id` (patched with the final id). */
  lastIdLine: number;
  nextNonce: number;
  /** First FROM image that must be pulled, and how many lines were printed before it. */
  needPull: { ref: string; prefix: number } | null;
  unusedArgs: string[];
}

function fromImage(image: Image | null, name: string, os: StageState['os']): StageState {
  return {
    name,
    layers: image ? [...image.layers] : [],
    os: image?.os ?? os,
    env: image ? { ...image.env } : {},
    profile: image ? { ...image.profile } : { ...SCRATCH_PROFILE },
    args: new Map(),
    entrypoint: false,
  };
}

function plan(call: BuildCall, recipe: Pick<Recipe, 'files' | 'stepSizes'>, instructions: Instruction[], lines: string[]): Plan {
  const { world, pending } = call;
  const target = resolveTarget(world, call.targetId);
  const p: Plan = { lines, error: null, newLayers: [], cacheHits: 0, final: null, finalBase: null, lastIdLine: -1, nextNonce: world.nextSerial, needPull: null, unusedArgs: [] };
  if (!target.ok) return { ...p, error: `Cannot connect to the Docker daemon at tcp://${call.targetId}:2375. Is the docker daemon running?` };
  const store = target.target.store;
  const buildArgs = new Map<string, string>();
  for (const kv of pending.buildArgs) buildArgs.set(kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1));
  const ctx: StepContext = { files: recipe.files, stepSizes: recipe.stepSizes, stages: new Map(), buildArgs, used: new Set() };
  const globalArgs = new Map<string, string>();
  const shown = new Set<number>();
  const stageStates = new Map<string, StageState>();
  let state: StageState | null = null;
  let stageIndex = -1;
  const n = instructions.length;
  for (let i = 0; i < n; i++) {
    const ins = instructions[i] as Instruction;
    lines.push(`Step ${i + 1}/${n} : ${ins.original}`);
    if (ins.keyword === 'FROM') {
      if (state) {
        const top = state.layers[state.layers.length - 1] ?? '';
        ctx.stages.set(state.name, top);
        ctx.stages.set(String(stageIndex), top);
        stageStates.set(state.name, state);
      }
      stageIndex++;
      const words = expand(ins.args, globalArgs).split(/\s+/);
      const baseText = words[0] ?? '';
      const name = words[2] ?? String(stageIndex);
      const earlier = stageStates.get(baseText);
      if (earlier) {
        // FROM an earlier stage of this recipe: it goes on from that stage's image.
        state = { ...earlier, name, layers: [...earlier.layers], env: { ...earlier.env }, profile: { ...earlier.profile }, args: new Map() };
        p.finalBase = null;
        p.lastIdLine = lines.push(` ---> ${shortImageId(stepImageId(state.layers))}`) - 1;
        continue;
      }
      if (baseText === 'scratch') {
        state = fromImage(null, name, target.target.kernel.os);
        p.finalBase = null;
        p.lastIdLine = lines.push(' --->') - 1;
        continue;
      }
      const ref = parseImageRef(baseText);
      if (!ref) return { ...p, error: `invalid reference format` };
      const key = refKey(ref);
      // A pull done for this build shows under the first FROM that needed it.
      pending.pulled.forEach((pulled, k) => {
        if (pulled.ref !== key || shown.has(k)) return;
        shown.add(k);
        lines.push(...pulled.lines);
      });
      let imageId = resolveInStore(store, baseText);
      if (!imageId) {
        const pull = planPull(world, target.target, baseText);
        if (!pull.ok) {
          if (pull.output) lines.push(pull.output);
          return { ...p, error: pull.error.replace(/^Error response from daemon: /, ''), ...(pull.hint ? { hint: { key: pull.hint, params: pull.params } } : {}) };
        }
        if (!p.needPull) p.needPull = { ref: baseText, prefix: lines.length };
        imageId = pull.imageId;
      }
      const base = world.images.get(imageId) ?? null;
      state = fromImage(base, name, target.target.kernel.os);
      p.finalBase = base;
      p.lastIdLine = lines.push(` ---> ${shortImageId(imageId)}`) - 1;
      continue;
    }
    if (!state) {
      // ARG before the first FROM: a value FROM lines can use.
      for (const [k, v] of ins.args.split(/\s+/).map((w) => [w.split('=')[0] ?? '', w.includes('=') ? w.slice(w.indexOf('=') + 1) : ''] as const)) {
        if (buildArgs.has(k)) ctx.used.add(k);
        globalArgs.set(k, buildArgs.get(k) ?? v);
      }
      continue;
    }
    const effect = stepEffect(ins, state, ctx);
    if (!effect.ok) return { ...p, error: effect.error };
    const e = effect.effect;
    const parent = state.layers[state.layers.length - 1] ?? '';
    const cacheKey = `${call.targetId}|${parent}|${e.createdBy}|${e.contentKey}`;
    const hit = pending.noCache ? undefined : world.buildCache.get(cacheKey);
    let digest: string;
    if (hit !== undefined && storeHasLayer(store, hit) && world.layers.has(hit) && !p.needPull) {
      digest = hit;
      p.cacheHits++;
      lines.push(' ---> Using cache');
    } else {
      const content = e.executes ? `${e.contentKey}|run-${p.nextNonce++}` : e.contentKey;
      digest = layerDigest(parent, e.createdBy, content);
      const layer: Layer = { digest, sizeMiB: e.sizeMiB, createdBy: e.createdBy, createdTick: world.tick, ...(e.secret ? { secret: e.secret } : {}) };
      p.newLayers.push({ layer, cacheKey });
      if (e.container) {
        const cid = digestOf(`container\n${digest}`).slice(0, 12);
        lines.push(` ---> Running in ${cid}`, `Removing intermediate container ${cid}`);
      }
    }
    state.layers.push(digest);
    applyToState(ins, state, ctx);
    p.finalBase = null;
    p.lastIdLine = lines.push(` ---> ${shortImageId(stepImageId(state.layers))}`) - 1;
  }
  p.final = state;
  for (const k of buildArgs.keys()) if (!ctx.used.has(k)) p.unusedArgs.push(k);
  return p;
}

function contextSize(files: Recipe['files']): string {
  let mib = 0;
  for (const f of Object.values(files)) mib += f.sizeMiB;
  return humanBytes(mib * 1024 * 1024 + 2048);
}

/**
 * Runs a build on `call.targetId`: plans every step first (a failing build changes
 * nothing), pulls a missing base image as a job that resumes the build, else commits the
 * new layers, the cache entries and the image, and tags it.
 */
export function runBuild(call: BuildCall): BuildOutcome {
  const { world, pending } = call;
  const recipe = pending.recipe ? world.recipes.get(pending.recipe) : undefined;
  if (pending.recipe && !recipe) return { done: true, ok: false, output: '', error: `unable to prepare context: path "${pending.recipe}" not found` };
  const files = recipe?.files ?? {};
  const lines = [`Sending build context to Docker daemon  ${contextSize(files)}`];
  const parsed = parseDockerfile(recipe?.text ?? pending.text);
  if (!parsed.ok) return { done: true, ok: false, output: lines.join('\n'), error: `Error response from daemon: ${parsed.error}` };
  const p = plan(call, { files, stepSizes: recipe?.stepSizes ?? {} }, parsed.instructions, lines);
  const out = (text: string[]) => (pending.quiet ? '' : text.join('\n'));
  if (p.error !== null || !p.final) {
    return { done: true, ok: false, output: out(lines), error: p.error ?? 'No build stage in current context', ...(p.hint ? { hint: p.hint } : {}) };
  }
  const found = resolveTarget(world, call.targetId);
  if (!found.ok) return { done: true, ok: false, output: '', error: 'Cannot connect to the Docker daemon. Is the docker daemon running?' };
  const target = found.target;
  if (p.needPull) {
    const pull = planPull(world, target, p.needPull.ref);
    if (!pull.ok) return { done: true, ok: false, output: out(lines), error: pull.error };
    const prefix = pending.quiet ? [] : lines.slice(0, p.needPull.prefix);
    const job: Job = startJob(world, {
      kind: 'pull', targetId: target.id, registry: pull.registry, imageRef: pull.key, imageId: pull.imageId, missing: pull.missing, allLayers: pull.allLayers,
      commandId: call.commandId, actor: call.actor, line: call.line, header: prefix, thenBuild: { ...pending, prefixLines: prefix.length },
    });
    return { done: false, jobId: job.id };
  }
  const final = p.final;
  const profile: WorkloadProfile = { ...final.profile, ...(recipe?.profile ?? {}) };
  const imageId = p.finalBase ? p.finalBase.id : imageIdOf(final.layers, final.os, profile, final.env);
  if (p.lastIdLine >= 0) lines[p.lastIdLine] = ` ---> ${shortImageId(imageId)}`;
  for (const { layer, cacheKey } of p.newLayers) {
    ensureLayer(world, layer);
    addLayerToStore(world, target.store, layer.digest);
    world.buildCache.set(cacheKey, layer.digest);
  }
  world.nextSerial = p.nextNonce;
  if (!p.finalBase) ensureImage(world, { id: imageId, layers: [...final.layers], os: final.os, profile, createdTick: world.tick, env: final.env });
  for (const tag of pending.tags) setTag(target.store, tag, imageId);
  if (pending.tags.length === 0) keepDangling(target.store, imageId);
  if (p.unusedArgs.length) lines.push(`[Warning] One or more build-args [${p.unusedArgs.join(' ')}] were not consumed`);
  lines.push(`Successfully built ${shortImageId(imageId)}`);
  for (const tag of pending.tags) lines.push(`Successfully tagged ${tag}`);
  return { done: true, ok: true, output: pending.quiet ? imageId : lines.join('\n') };
}

/** Called when the pull of a build's FROM image ends: runs the build with the pull's lines under its step. */
export function resumeBuild(world: World, job: Job, lines: string[], sink: EventSink): void {
  const pending = job.thenBuild;
  if (!pending) return;
  const next: PendingBuild = { ...pending, pulled: [...pending.pulled, { ref: job.imageRef, lines: lines.slice(pending.prefixLines) }], prefixLines: 0 };
  const out = runBuild({ world, targetId: job.targetId, pending: next, commandId: job.commandId, actor: job.actor, line: job.line });
  if (!out.done || job.commandId === null) return;
  const base = { commandId: job.commandId, actor: job.actor, line: job.line, tick: world.tick };
  if (out.ok) sink.result({ ...base, ok: true, output: out.output });
  else sink.result({ ...base, ok: false, output: out.output, error: out.error });
}
