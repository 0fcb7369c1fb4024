// `kubectl apply -f <manifest>`: declarative configuration. The manifest is one the
// scenario provides by name, or inline YAML (one quoted word, `\n` between lines, read as
// STDIN). Every document is validated before anything changes; then each object is
// created, configured (changed) or left unchanged, one line per object as kubectl prints.
import type { World } from '../../model.ts';
import type { Manifest } from '../../k8s/manifests/read.ts';
import { readManifests } from '../../k8s/manifests/read.ts';
import { manifestSource } from '../../k8s/manifests/parse.ts';
import { goMap } from '../../k8s/manifests/invalid.ts';
import { addDeployment, addService, templateDiffers, updateDeployment, updateService } from '../../k8s/workloads/objects.ts';
import { putSecret } from '../../k8s/workloads/secrets.ts';
import { flag, flagAll, f, hasFlag } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';

function exists(world: World, kind: Manifest['kind'], name: string): boolean {
  if (kind === 'Deployment') return world.k8s.deployments.has(name);
  if (kind === 'Service') return world.k8s.services.has(name);
  return world.k8s.secrets.has(name);
}

/** Changes the API server refuses on an existing object (a deployment's selector is immutable). */
function updateProblem(world: World, m: Manifest): string | null {
  if (m.kind !== 'Deployment') return null;
  const d = world.k8s.deployments.get(m.name);
  if (!d || goMap(d.selector) === goMap(m.selector)) return null;
  return `The Deployment "${m.name}" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:${goMap(m.selector)}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable`;
}

function applyOne(world: World, m: Manifest): string {
  if (m.kind === 'Secret') return `secret/${m.name} ${putSecret(world, m.name, m.data)}`;
  if (m.kind === 'Service') {
    const s = world.k8s.services.get(m.name);
    if (!s) {
      addService(world, m);
      return `service/${m.name} created`;
    }
    return `service/${m.name} ${updateService(world, s, m)}`;
  }
  const d = world.k8s.deployments.get(m.name);
  if (!d) {
    addDeployment(world, m);
    return `deployment.apps/${m.name} created`;
  }
  const sameTemplate = !templateDiffers(d, m.template);
  const result = updateDeployment(d, m);
  // The controller copies the change-cause annotation onto the current revision.
  if (sameTemplate && d.revision > 0) d.changeCauses[d.revision] = d.changeCause;
  return `deployment.apps/${m.name} ${result}`;
}

export const applyVerb: KubectlVerb = ({ ctx, args }) => {
  const r = parseVerbFlags('apply', args, [f('file', ['-f', '--filename']), f('record', ['--record'], false), f('validate', ['--validate'])]);
  if (!r.ok) return r.outcome;
  const files = flagAll(r.parsed, 'file');
  if (files.length === 0) return fail('error: must specify one of -f and -k');
  if (r.parsed.positionals.length > 0) return fail(`error: Unexpected args: [${r.parsed.positionals.join(' ')}]\nSee 'kubectl apply -h' for help and examples`);
  const validateText = flag(r.parsed, 'validate') ?? 'true';
  if (!['true', 'false', 'strict', 'warn', 'ignore'].includes(validateText)) return fail(`error: invalid - validate option "${validateText}"; must be one of: strict (or true), warn, ignore (or false)`);
  const validate = validateText !== 'false' && validateText !== 'ignore';
  const world = ctx.world;
  const objects: Manifest[] = [];
  for (const file of files) {
    const src = manifestSource(world.k8s.manifests, file);
    if (!src) {
      const names = [...world.k8s.manifests.keys()].sort().join(', ') || '-';
      return failWithHint(ctx, `error: the path "${file}" does not exist`, 'workloads.hint.manifestNotFound', { name: file, names });
    }
    const read = readManifests(src.text, src.source, (kind, name) => exists(world, kind, name), validate);
    if (!read.ok) {
      if (read.hint) return failWithHint(ctx, read.error, read.hint.key, read.hint.params);
      if (read.error.includes('`selector` does not match template `labels`')) return failWithHint(ctx, read.error, 'workloads.hint.selectorMismatch');
      return fail(read.error);
    }
    objects.push(...read.objects);
  }
  for (const m of objects) {
    const problem = updateProblem(world, m);
    if (problem) return fail(problem);
  }
  const record = hasFlag(r.parsed, 'record');
  const lines: string[] = record ? ['Flag --record has been deprecated, --record will be removed in the future'] : [];
  for (const m of objects) {
    if (record && m.kind === 'Deployment') m.changeCause = `kubectl ${ctx.line.replace(/^\s*kubectl\s+/, '')}`;
    lines.push(applyOne(world, m));
  }
  return ok(lines.join('\n'));
};
