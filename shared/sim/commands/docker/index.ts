// `docker [-H <host-or-vm>] <subcommand> …`: picks the engine (the -H target, or the
// scenario's default docker host, as if the player were logged in there) and hands the
// rest to the subcommand. Subcommands that talk to an engine resolve it via engine.ts.
import type { CommandContext, Handler, Outcome } from '../types.ts';
import { fail } from '../types.ts';
import { DOCKER_SUBCOMMANDS } from './registry.ts';

export interface DockerCall {
  ctx: CommandContext;
  /** The -H value, or the scenario's default docker host. */
  targetId: string;
  /** True when -H was given explicitly. */
  explicitHost: boolean;
  args: string[];
}

export type DockerSubcommand = (call: DockerCall) => Outcome;

const USAGE = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Options:
  -H, --host string   Daemon socket to connect to (a host or VM name here)

Commands:
  build    Build an image from a Dockerfile-like recipe
  commit   Create a new image from a container's changes
  exec     Execute a command in a running container
  history  Show the history of an image
  images   List images
  inspect  Return low-level information on a container or image
  kill     Kill one or more running containers
  logs     Fetch the logs of a container
  network  Manage networks
  ps       List containers
  pull     Download an image from a registry
  push     Upload an image to a registry
  restart  Restart one or more containers
  rm       Remove one or more containers
  rmi      Remove one or more images
  run      Create and run a new container from an image
  start    Start one or more stopped containers
  stats    Display a snapshot of container resource usage
  stop     Stop one or more running containers
  tag      Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
  top      Display the running processes of a container
  volume   Manage volumes

Run 'docker COMMAND --help' for more information on a command.`;

export const dockerCommand: Handler = (ctx, words) => {
  let targetId = ctx.world.scenario.defaultDockerHost;
  let explicitHost = false;
  let i = 0;
  while (i < words.length && (words[i] as string).startsWith('-')) {
    const w = words[i] as string;
    if (w === '-H' || w === '--host') {
      const v = words[i + 1];
      if (v === undefined) return fail(`flag needs an argument: ${w}`);
      targetId = v;
      explicitHost = true;
      i += 2;
    } else if (w.startsWith('--host=') || w.startsWith('-H=')) {
      targetId = w.slice(w.indexOf('=') + 1);
      explicitHost = true;
      i++;
    } else if (w === '--help' || w === '-h') {
      return { ok: true, output: USAGE };
    } else {
      return fail(`unknown flag: ${w}\nSee 'docker --help'.`);
    }
  }
  // Tools accept tcp://host:2375 too; the game's machines are named.
  targetId = targetId.replace(/^tcp:\/\//, '').replace(/:\d+$/, '');
  const sub = words[i];
  if (sub === undefined) return { ok: true, output: USAGE };
  const handler = Object.hasOwn(DOCKER_SUBCOMMANDS, sub) ? DOCKER_SUBCOMMANDS[sub] : undefined;
  if (!handler) return fail(`docker: '${sub}' is not a docker command.\nSee 'docker --help'`);
  return handler({ ctx, targetId, explicitHost, args: words.slice(i + 1) });
};
