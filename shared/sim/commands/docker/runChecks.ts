// What dockerd checks before it creates a container for `docker run`: the image (local,
// or pullable and of the kernel's OS), the cgroup settings (CPUs within the machine's,
// memory minimum, swap, oom_score_adj), the restart policy, the name, the network and
// the volumes. Pure: nothing in the world changes here.
import { networkKey, volumeKey } from '../../containers.ts';
import type { DockerTarget } from '../../machines.ts';
import type { World, WorkloadProfile } from '../../model.ts';
import type { CommandContext, Outcome } from '../types.ts';
import { failWithHint } from '../hint.ts';
import { imageCmd, profileForCommand } from './commandProfile.ts';
import { containerNamed } from './findContainer.ts';
import { findImage, type ImageSource } from './imageSource.ts';
import { VALID_NAME, VALID_VOLUME_NAME } from './names.ts';
import { cliError, cliText, type RunRequest } from './runSpec.ts';

export interface RunPlan {
  source: ImageSource & { ok: true };
  name: string | null;
  network: string;
  cpuMillis: number;
  profile: WorkloadProfile;
  cmd: string[];
  /** Volume keys to use, in `-v` order (a named volume that does not exist yet is created). */
  volumeKeys: (string | null)[];
  warnings: string[];
}

export type RunCheck = { ok: true; plan: RunPlan } | { ok: false; outcome: Outcome };

const daemon = (error: string): RunCheck => ({ ok: false, outcome: cliError(`Error response from daemon: ${error}`) });

/** Validates a parsed run against the engine it targets. */
export function checkRun(ctx: CommandContext, world: World, target: DockerTarget, req: RunRequest): RunCheck {
  const cpus = target.vm ? target.vm.vcpus : target.host.cores;
  if (req.nanoCpus !== 0 && (req.nanoCpus < 1e7 || req.nanoCpus > cpus * 1e9)) {
    return { ok: false, outcome: failWithHint(ctx, cliText(`Error response from daemon: Range of CPUs is from 0.01 to ${cpus}.00, as there are only ${cpus} CPUs available`), 'docker.hint.tooManyCpus', { target: target.id, cpus }) };
  }
  if (req.memoryMiB > 0 && req.memoryMiB < 6) return daemon('Minimum memory limit allowed is 6MB');
  if (req.memorySwapMiB > 0 && req.memoryMiB === 0) return daemon('You should always set the Memory limit when using Memoryswap limit, see usage');
  if (req.memorySwapMiB > 0 && req.memorySwapMiB < req.memoryMiB) return daemon('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (req.oomScoreAdj < -1000 || req.oomScoreAdj > 1000) return daemon(`Invalid value ${req.oomScoreAdj}, range for oom score adj is [-1000, 1000]`);
  if (!['no', 'always', 'on-failure', 'unless-stopped'].includes(req.restartName)) {
    return daemon(`invalid restart policy: unknown policy '${req.restartName}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`);
  }
  if (req.restartRetries !== 0 && req.restartName !== 'on-failure') return daemon("invalid restart policy: maximum retry count can only be used with 'on-failure'");
  if (req.restartRetries < 0) return daemon('invalid restart policy: maximum retry count cannot be negative');
  const name = req.name === null ? null : req.name.replace(/^\//, '');
  if (name !== null) {
    if (!VALID_NAME.test(req.name ?? '')) return daemon(`Invalid container name (${req.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
    const other = containerNamed(world, target.id, name);
    if (other) {
      const text = cliText(`Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name`);
      return { ok: false, outcome: failWithHint(ctx, text, 'docker.hint.nameConflict', { name, target: target.id }) };
    }
  }
  const network = req.network === 'default' ? 'bridge' : req.network;
  if (!['bridge', 'host', 'none'].includes(network) && !world.networks.has(networkKey(target.id, network))) {
    return { ok: false, outcome: failWithHint(ctx, cliText(`Error response from daemon: network ${network} not found`), 'docker.hint.networkNotFound', { network, target: target.id }) };
  }
  const volumeKeys: (string | null)[] = [];
  for (const v of req.volumes) {
    if (v.kind !== 'named') {
      volumeKeys.push(null);
      continue;
    }
    if (!VALID_VOLUME_NAME.test(v.source)) {
      return daemon(`create ${v.source}: "${v.source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
    }
    volumeKeys.push(world.volumes.get(v.source)?.driver === 'replicated' ? v.source : volumeKey(target.id, v.source));
  }
  const source = findImage(world, target, req.image);
  if (!source.ok) {
    const text = cliText(source.error);
    const refusal = source.hint ? failWithHint(ctx, text, source.hint, source.params) : { ok: false as const, error: text };
    return { ok: false, outcome: source.output ? { ...refusal, output: source.output } : refusal };
  }
  if (source.local && source.image.os !== target.kernel.os) {
    const text = cliText(`Error response from daemon: image operating system "${source.image.os}" cannot be used on this platform`);
    return { ok: false, outcome: failWithHint(ctx, text, 'docker.hint.osMismatch', { image: req.image, os: source.image.os, target: target.id, kernelOs: target.kernel.os }) };
  }
  const warnings = network === 'host' && req.ports.length ? ['WARNING: Published ports are discarded when using host network mode'] : [];
  return {
    ok: true,
    plan: {
      source,
      name,
      network,
      cpuMillis: Math.round(req.nanoCpus / 1e6),
      profile: profileForCommand(source.image, req.cmd),
      cmd: req.cmd.length ? req.cmd : imageCmd(world, source.image),
      volumeKeys,
      warnings,
    },
  };
}
