// What `help` knows: every command family and command with its literal usage and
// flags. Descriptions live in i18n (help.family.*, help.cmd.*, help.flag.*), keyed by
// the command's words joined with `-`; the syntax itself is never translated.

export interface FlagHelp {
  /** As typed: `-m, --memory <size>`. */
  spelling: string;
  /** Key under help.flag.<command-key>. */
  key: string;
}

export interface CommandHelp {
  /** The words that name it: `docker run`, `vm create`. */
  path: string;
  usage: string;
  flags: readonly FlagHelp[];
  example?: string;
}

export interface FamilyHelp {
  name: string;
  commands: readonly CommandHelp[];
}

const fl = (spelling: string, key: string): FlagHelp => ({ spelling, key });
const cmd = (path: string, usage: string, flags: FlagHelp[] = [], example?: string): CommandHelp => ({ path, usage, flags, ...(example ? { example } : {}) });
const T = '[-H <host-or-vm>]';

export const HELP_CATALOG: readonly FamilyHelp[] = [
  {
    name: 'docker',
    commands: [
      cmd('docker run', `docker ${T} run -d [--name <name>] [--cpus <n>] [-m|--memory <size>] [-p <hostPort>:<containerPort>] [--network host|bridge|<net>] [--userns] [--restart no|always|on-failure|unless-stopped] [-e K=V] [-v <volume>:<path>] <image>`, [
        fl('-d, --detach', 'detach'),
        fl('--name <name>', 'name'),
        fl('--cpus <n>', 'cpus'),
        fl('-m, --memory <size>', 'memory'),
        fl('-p, --publish <hostPort>:<containerPort>', 'publish'),
        fl('--network host|bridge|<net>', 'network'),
        fl('--userns', 'userns'),
        fl('--restart <policy>', 'restart'),
        fl('-e, --env K=V', 'env'),
        fl('-v, --volume <volume>:<path>', 'volume'),
      ], 'docker -H host-1 run -d --name web --cpus 0.5 -m 256m -p 8080:80 nginx:1.25'),
      cmd('docker ps', `docker ${T} ps [-a]`, [fl('-a, --all', 'all')]),
      cmd('docker logs', `docker ${T} logs [--tail <n>] <container>`, [fl('--tail <n>', 'tail')]),
      cmd('docker inspect', `docker ${T} inspect <container-or-image>`),
      cmd('docker stop', `docker ${T} stop <container>...`),
      cmd('docker start', `docker ${T} start <container>...`),
      cmd('docker restart', `docker ${T} restart <container>...`),
      cmd('docker rm', `docker ${T} rm [-f] <container>...`, [fl('-f, --force', 'force')]),
      cmd('docker stats', `docker ${T} stats [--no-stream]`),
      cmd('docker exec', `docker ${T} exec <container> <command>...`, [], 'docker exec web ps'),
      cmd('docker top', `docker ${T} top <container>`),
      cmd('docker network', `docker ${T} network create [--driver bridge] <name> | docker ${T} network ls`),
      cmd('docker volume', `docker ${T} volume create [--driver local|replicated] <name> | docker ${T} volume ls`),
      cmd('docker pull', `docker ${T} pull <image>`, [], 'docker -H host-2 pull shop/web:1.1'),
      cmd('docker push', `docker ${T} push <image>`),
      cmd('docker tag', `docker ${T} tag <source-image> <target-image>`),
      cmd('docker images', `docker ${T} images`),
      cmd('docker history', `docker ${T} history <image>`),
      cmd('docker build', `docker ${T} build -t <name:tag> <recipe>`, [fl('-t, --tag <name:tag>', 'tag')], 'docker build -t shop/web:1.2 shop-web'),
      cmd('docker commit', `docker ${T} commit <container> <image>`),
      cmd('docker rmi', `docker ${T} rmi [-f] <image>...`, [fl('-f, --force', 'force')]),
    ],
  },
  {
    name: 'host',
    commands: [
      cmd('host list', 'host list'),
      cmd('host inspect', 'host inspect <host>', [], 'host inspect host-3'),
      cmd('host dmesg', 'host dmesg [-n <lines>] <host-or-vm>', [fl('-n, --tail <lines>', 'tail')], 'host dmesg host-1'),
      cmd('host cordon', 'host cordon <host>'),
      cmd('host uncordon', 'host uncordon <host>'),
    ],
  },
  {
    name: 'vm',
    commands: [
      cmd('vm create', 'vm create <name> --host <host> --vcpus <n> --memory <size> [--os linux|windows]', [
        fl('--host <host>', 'host'),
        fl('--vcpus <n>', 'vcpus'),
        fl('--memory <size>', 'memory'),
        fl('--os linux|windows', 'os'),
      ], 'vm create web-vm --host host-3 --vcpus 2 --memory 4g'),
      cmd('vm start', 'vm start <name>'),
      cmd('vm stop', 'vm stop [--force] <name>', [fl('-f, --force', 'force')]),
      cmd('vm delete', 'vm delete <name>'),
      cmd('vm list', 'vm list [--host <host>]', [fl('--host <host>', 'host')]),
      cmd('vm inspect', 'vm inspect <name>'),
    ],
  },
  { name: 'edit', commands: [cmd('edit', 'edit <recipe> <file>', [], 'edit shop-web app/')] },
  { name: 'help', commands: [cmd('help', 'help [<command>]', [], 'help docker run')] },
  { name: 'explain', commands: [cmd('explain', 'explain [<concept>]', [], 'explain cgroups')] },
];

/** `docker run` → `docker-run`: the i18n key of a command. */
export function helpKey(path: string): string {
  return path.replace(/ /g, '-');
}

/** The command named by these words, if the catalog has it. */
export function findCommandHelp(words: readonly string[]): CommandHelp | undefined {
  const path = words.join(' ');
  for (const fam of HELP_CATALOG) for (const c of fam.commands) if (c.path === path) return c;
  return undefined;
}
