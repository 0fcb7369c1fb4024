// `kubectl logs <pod> [-p|--previous] [--tail N] [-c container]`: what the pod's
// container printed — the docker log of its current run, or of the run before with
// `--previous` (a crash's stack trace; after an OOM kill, nothing: SIGKILL leaves the
// process no time to write, the kernel's report is in dmesg).
import { flag, hasFlag, f } from '../flags.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';

const USAGE = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";

/** Why a container has no log yet, in the API server's words. */
function waitingReason(status: string): string {
  if (status === 'ErrImagePull' || status === 'ImagePullBackOff') return 'trying and failing to pull image';
  if (status === 'CreateContainerConfigError') return 'CreateContainerConfigError';
  return 'ContainerCreating';
}

export const logsVerb: KubectlVerb = ({ ctx, args, namespace }) => {
  const r = parseVerbFlags('logs', args, [f('previous', ['-p', '--previous'], false), f('tail', ['--tail']), f('container', ['-c', '--container']), f('follow', ['-f', '--follow'], false)]);
  if (!r.ok) return r.outcome;
  const [target, ...rest] = r.parsed.positionals;
  if (target === undefined) return fail(USAGE);
  if (rest.length > 0) return fail(`error: only one of -c or an inline [CONTAINER] arg is allowed`);
  const tail = flag(r.parsed, 'tail') ?? '-1';
  if (!/^-?\d+$/.test(tail)) return fail(`error: invalid argument "${tail}" for "--tail" flag: strconv.ParseInt: parsing "${tail}": invalid syntax`);
  const name = target.replace(/^(pods?|po)\//, '');
  if (name.includes('/')) return fail(`error: this game's kubectl reads the logs of pods only (kubectl logs <pod>)`);
  const pod = namespace === 'default' ? ctx.world.k8s.pods.get(name) : undefined;
  if (!pod) return fail(`Error from server (NotFound): pods "${name}" not found`);
  const container = flag(r.parsed, 'container');
  if (container !== undefined && container !== pod.spec.name) {
    return fail(`error: container ${container} is not valid for pod ${pod.name}`);
  }
  const previous = hasFlag(r.parsed, 'previous');
  const id = previous ? pod.previousContainerId : pod.containerId;
  const c = id === null ? undefined : ctx.world.containers.get(id);
  if (!c) {
    if (previous) return fail(`Error from server (BadRequest): previous terminated container "${pod.spec.name}" in pod "${pod.name}" not found`);
    return fail(`Error from server (BadRequest): container "${pod.spec.name}" in pod "${pod.name}" is waiting to start: ${waitingReason(pod.status)}`);
  }
  const n = Number(tail);
  const lines = n < 0 ? c.logs : c.logs.slice(Math.max(0, c.logs.length - n));
  return ok(lines.join('\n'));
};
