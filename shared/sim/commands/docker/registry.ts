// The table of docker subcommands. One file per subcommand (or per small group).
import type { DockerSubcommand } from './index.ts';

export const DOCKER_SUBCOMMANDS: Record<string, DockerSubcommand> = {};
