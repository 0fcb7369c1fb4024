// `kubectl <verb> …`: the orchestrator's command line. Global flags (`-n/--namespace`)
// are taken out first; without a cluster in the scenario kubectl cannot reach an API
// server and says so, as it does with no kubeconfig. Verbs dispatch by resource type
// through resources.ts; add a verb by listing it in VERBS.
import { failWithHint } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { KubectlVerb } from './call.ts';
import { cordonCommand, uncordonCommand } from './cordon.ts';
import { deleteVerb } from './delete.ts';
import { describeVerb } from './describe.ts';
import { drainVerb } from './drain.ts';
import { getVerb } from './get.ts';
import { logsVerb } from './logs.ts';
// Workloads helper: deployments, rollouts, services, secrets, autoscaling, manifests.
import { applyVerb } from './apply.ts';
import { autoscaleVerb } from './autoscale.ts';
import { createVerb } from './create.ts';
import { exposeVerb } from './expose.ts';
import { rolloutVerb } from './rollout.ts';
import { scaleVerb } from './scale.ts';
import { setVerb } from './set.ts';

export const VERBS: Record<string, KubectlVerb> = {
  get: getVerb,
  describe: describeVerb,
  logs: logsVerb,
  delete: deleteVerb,
  cordon: cordonCommand,
  uncordon: uncordonCommand,
  drain: drainVerb,
  create: createVerb,
  apply: applyVerb,
  scale: scaleVerb,
  set: setVerb,
  rollout: rolloutVerb,
  expose: exposeVerb,
  autoscale: autoscaleVerb,
};

export const CONNECTION_REFUSED = 'The connection to the server localhost:8080 was refused - did you specify the right host or port?';

const OVERVIEW = [
  'kubectl controls the Kubernetes cluster manager.',
  '',
  'Basic Commands (Beginner):',
  '  create        Create a resource from a file or from stdin',
  '  expose        Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  '  set           Set specific features on objects',
  '',
  'Basic Commands (Intermediate):',
  '  get           Display one or many resources',
  '  delete        Delete resources by file names, stdin, resources and names, or by resources and label selector',
  '',
  'Deploy Commands:',
  '  rollout       Manage the rollout of a resource',
  '  scale         Set a new size for a deployment, replica set, or replication controller',
  '  autoscale     Auto-scale a deployment, replica set, stateful set, or replication controller',
  '',
  'Cluster Management Commands:',
  '  cordon        Mark node as unschedulable',
  '  uncordon      Mark node as schedulable',
  '  drain         Drain node in preparation for maintenance',
  '',
  'Troubleshooting and Debugging Commands:',
  '  describe      Show details of a specific resource or group of resources',
  '  logs          Print the logs for a container in a pod',
  '',
  'Advanced Commands:',
  '  apply         Apply a configuration to a resource by file name or stdin',
  '',
  'Usage:',
  '  kubectl [flags] [options]',
].join('\n');

/** Takes `-n X`, `--namespace X`, `--namespace=X`, `-nX` out of the words. */
function splitNamespace(words: readonly string[]): { ns: string; rest: string[] } | { error: string } {
  let ns = 'default';
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-n' || w === '--namespace') {
      const v = words[i + 1];
      if (v === undefined) return { error: `error: flag needs an argument: '${w === '-n' ? 'n' : 'namespace'}' in ${w}` };
      ns = v;
      i++;
    } else if (w.startsWith('--namespace=')) {
      ns = w.slice(12);
    } else if (/^-n[a-z0-9]/.test(w)) {
      ns = w.slice(2);
    } else {
      rest.push(w);
    }
  }
  return { ns, rest };
}

export const kubectlCommand: Handler = (ctx, words) => {
  const split = splitNamespace(words);
  if ('error' in split) return fail(split.error);
  const [verb, ...args] = split.rest;
  if (verb === undefined || verb === '-h' || verb === '--help') return ok(OVERVIEW);
  const run = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (!run) return fail(`error: unknown command "${verb}" for "kubectl"\nRun 'kubectl --help' for usage.`);
  if (!ctx.world.k8s.enabled) return failWithHint(ctx, CONNECTION_REFUSED, 'k8s.hint.noCluster');
  return run({ ctx, args, namespace: split.ns });
};
