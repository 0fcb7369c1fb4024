// `docker [-H target] run [OPTIONS] IMAGE [COMMAND…]`: create a container (its own
// namespaces and cgroup limits) and start it. A missing image is pulled first, the
// answer coming when the pull ends; the name is reserved meanwhile.
import { createContainer, notFoundError, portError, portHolder, startContainer } from '../../containers.ts';
import { addLayerToStore, setTag } from '../../images.ts';
import { reportLines, startJob } from '../../jobs.ts';
import { pullingFrom } from '../../registries.ts';
import type { Container, PortBinding, World } from '../../model.ts';
import { failWithHint } from '../hint.ts';
import type { CommandContext, Outcome } from '../types.ts';
import { fail } from '../types.ts';
import { engine } from './engine.ts';
import { containerNamed } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { generateName } from './names.ts';
import { checkRun, type RunPlan } from './runChecks.ts';
import { mountsFor } from './volumes.ts';
import { parseRun, restartPolicyOf, type RunRequest } from './runSpec.ts';

/** Lowest free port of the ephemeral range (32768–60999) for `-p 80` without a host port. */
function ephemeralPort(world: World, targetId: string, also: readonly PortBinding[]): number {
  const used = new Set(also.map((p) => p.hostPort));
  for (const c of world.containers.values()) if (c.targetId === targetId) for (const p of c.ports) used.add(p.hostPort);
  let port = 32768;
  while (used.has(port)) port++;
  return port;
}

export const dockerRun: DockerSubcommand = (call) => {
  const parsed = parseRun(call.args);
  if (!parsed.ok) return parsed.outcome;
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { ctx } = call;
  const world = ctx.world;
  const target = eng.target;
  const req = parsed.req;
  const checked = checkRun(ctx, world, target, req);
  if (!checked.ok) return checked.outcome;
  const plan = checked.plan;
  const src = plan.source;
  // Checked before anything is created so that a refused run changes nothing. (Real
  // dockerd creates the container first and leaves it `Created` when the start fails.)
  if (src.local) {
    if (plan.profile.notFound !== undefined) return fail(`docker: Error response from daemon: ${notFoundError(plan.profile.notFound)}.`);
    if (plan.network !== 'host') {
      for (const p of req.ports) {
        const holder = p.hostPort === 0 ? null : portHolder(world, target.id, p.hostPort, '');
        if (!holder) continue;
        const published = holder.ports.some((q) => q.hostPort === p.hostPort);
        // The endpoint id only needs to be stable; the container id does not exist yet.
        const error = portError({ name: plan.name ?? 'container', id: `${target.id}/${plan.name ?? ''}/${world.tick}` }, p.hostPort, published);
        return failWithHint(ctx, `docker: Error response from daemon: ${error}.`, 'docker.hint.portTaken', { port: p.hostPort, target: target.id });
      }
    }
  }

  // Everything is valid: from here on the world changes.
  const name = plan.name ?? generateName(world, (n) => containerNamed(world, target.id, n) !== null);
  const ports: PortBinding[] = [];
  if (plan.network !== 'host') for (const p of req.ports) ports.push(p.hostPort === 0 ? { ...p, hostPort: ephemeralPort(world, target.id, ports) } : p);
  const c = createContainer(world, target, {
    name,
    imageRef: src.key,
    imageId: src.image.id,
    cpuLimitMillis: plan.cpuMillis,
    memoryLimitMiB: req.memoryMiB,
    memorySwapMiB: req.memorySwapMiB,
    oomScoreAdj: req.oomScoreAdj,
    ports,
    network: plan.network,
    userns: req.userns,
    autoRemove: req.autoRemove,
    restartPolicy: restartPolicyOf(req.restartName),
    restartMaxRetries: req.restartRetries,
    env: { ...src.image.env, ...req.env },
    labels: req.labels,
    mounts: mountsFor(world, target, req, plan),
    profile: plan.profile,
    cmd: plan.cmd,
  });
  if (!src.local) {
    const pull = src.plan;
    const header = [...plan.warnings, `Unable to find image '${src.key}' locally`];
    if (pull.missing.length === 0) {
      // Every blob is here already (shared with other images): only the tag is new.
      for (const d of src.image.layers) addLayerToStore(world, target.store, d);
      setTag(target.store, src.key, src.image.id);
      const report = reportLines(world, { kind: 'pull', imageRef: src.key, imageId: src.image.id, header: [header[header.length - 1] as string, pullingFrom(pull.ref)], transfers: [], thenStart: [c.id], thenBuild: null, quiet: false }, false);
      return startCreated(ctx, world, c, { ...plan, warnings: [...plan.warnings, ...report] });
    }
    const job = startJob(world, {
      kind: 'pull',
      targetId: target.id,
      registry: pull.registry,
      imageRef: src.key,
      imageId: src.image.id,
      missing: pull.missing,
      allLayers: pull.allLayers,
      commandId: ctx.commandId,
      actor: ctx.actor.id,
      line: ctx.line,
      header,
      thenStart: [c.id],
    });
    c.waitingForJob = job.id;
    return { pending: true, jobId: job.id };
  }
  return startCreated(call.ctx, world, c, plan);
};

function startCreated(ctx: CommandContext, world: World, c: Container, plan: RunPlan): Outcome {
  const out = [...plan.warnings];
  if (c.profile.notFound !== undefined) {
    // runc cannot exec the program: the container stays `Created`, as with docker.
    c.exitCode = 127;
    c.error = notFoundError(c.profile.notFound);
    if (c.autoRemove) world.containers.delete(c.id);
    return fail(`docker: Error response from daemon: ${c.error}.`, out.join('\n'));
  }
  const refused = startContainer(world, c);
  if (refused) {
    if (c.autoRemove) world.containers.delete(c.id);
    const port = /0\.0\.0\.0:(\d+)/.exec(refused)?.[1] ?? '';
    const outcome = failWithHint(ctx, `docker: Error response from daemon: ${refused}.`, 'docker.hint.portTaken', { port, target: c.targetId });
    return out.length ? { ...outcome, output: out.join('\n') } : outcome;
  }
  out.push(c.id);
  return { ok: true, output: out.join('\n') };
}
