// What a program exec'd into a container can see: the container, its engine's machine
// (the shared kernel, the host's CPUs and memory), and who runs it.
import type { DockerTarget } from '../../machines.ts';
import type { Container, World } from '../../model.ts';
import type { CommandContext } from '../types.ts';

export interface ExecEnv {
  ctx: CommandContext;
  world: World;
  target: DockerTarget;
  c: Container;
  /** `-u` of docker exec (`root` by default). */
  user: string;
  /** Memory and CPUs of the machine under the container (a container host's, or a VM's). */
  machineMemoryMiB: number;
  machineCpus: number;
}

/** The environment for an exec into `c` on `target`. */
export function execEnv(ctx: CommandContext, target: DockerTarget, c: Container, user: string): ExecEnv {
  return {
    ctx,
    world: ctx.world,
    target,
    c,
    user,
    machineMemoryMiB: target.vm ? target.vm.memoryMiB : target.host.memoryMiB,
    machineCpus: target.vm ? target.vm.vcpus : target.host.cores,
  };
}
