// Connecting to a docker engine: the errors the docker CLI prints when the -H target
// does not exist, runs no engine (a hypervisor host) or is down (a VM that is off).
import { failWithHint } from '../hint.ts';
import { resolveTarget, type DockerTarget } from '../../machines.ts';
import type { Outcome } from '../types.ts';
import type { DockerCall } from './index.ts';

export type EngineResult = { ok: true; target: DockerTarget } | { ok: false; outcome: Outcome };

/** The engine a docker call talks to, or the CLI's connection error (with a hint). */
export function engine(call: DockerCall): EngineResult {
  const found = resolveTarget(call.ctx.world, call.targetId);
  if (found.ok) return found;
  const id = call.targetId;
  switch (found.reason) {
    case 'unknown':
      return {
        ok: false,
        outcome: failWithHint(call.ctx, `error during connect: Get "http://${id}:2375/v1.45/info": dial tcp: lookup ${id}: no such host`, 'docker.hint.unknownTarget', { id }),
      };
    case 'hypervisor':
      return {
        ok: false,
        outcome: failWithHint(call.ctx, `Cannot connect to the Docker daemon at tcp://${id}:2375. Is the docker daemon running?`, 'docker.hint.hypervisorHost', { id }),
      };
    default:
      return {
        ok: false,
        outcome: failWithHint(call.ctx, `Cannot connect to the Docker daemon at tcp://${id}:2375. Is the docker daemon running?`, 'docker.hint.targetDown', { id }),
      };
  }
}
