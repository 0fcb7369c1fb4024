// The table of docker subcommands. One file per subcommand (or per small group).
import type { DockerSubcommand } from './index.ts';
import { buildCommand } from './build.ts';
import { commitCommand } from './commit.ts';
import { historyCommand } from './history.ts';
import { imagesCommand } from './images.ts';
import { pullCommand } from './pull.ts';
import { pushCommand } from './push.ts';
import { rmiCommand } from './rmi.ts';
import { tagCommand } from './tag.ts';
import { dockerExec } from './exec.ts';
import { dockerInspect } from './inspect.ts';
import { dockerKill } from './kill.ts';
import { dockerLogs } from './logs.ts';
import { dockerNetwork } from './network.ts';
import { dockerPs } from './ps.ts';
import { dockerRestart } from './restart.ts';
import { dockerRm } from './rm.ts';
import { dockerRun } from './run.ts';
import { dockerStart } from './start.ts';
import { dockerStats } from './stats.ts';
import { dockerStop } from './stop.ts';
import { dockerTop } from './top.ts';
import { dockerVolume } from './volume.ts';

export const DOCKER_SUBCOMMANDS: Record<string, DockerSubcommand> = {
  build: buildCommand,
  commit: commitCommand,
  history: historyCommand,
  images: imagesCommand,
  pull: pullCommand,
  push: pushCommand,
  rmi: rmiCommand,
  tag: tagCommand,
  exec: dockerExec,
  inspect: dockerInspect,
  kill: dockerKill,
  logs: dockerLogs,
  network: dockerNetwork,
  ps: dockerPs,
  restart: dockerRestart,
  rm: dockerRm,
  run: dockerRun,
  start: dockerStart,
  stats: dockerStats,
  stop: dockerStop,
  top: dockerTop,
  volume: dockerVolume,
};
