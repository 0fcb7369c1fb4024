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
      cmd('host repair', 'host repair [--reimage] <host>', [fl('--reimage', 'reimage')], 'host repair host-2'),
      cmd('host buy', 'host buy <type> [--rack <rack>] [--role container-host|hypervisor] [--hypervisor type1|type2]', [
        fl('--rack <rack>', 'rack'),
        fl('--role container-host|hypervisor', 'role'),
        fl('--hypervisor type1|type2', 'hypervisor'),
      ], 'host buy cs-8 --rack rack-2'),
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
  {
    name: 'service',
    commands: [
      cmd('service list', 'service list'),
      cmd('service inspect', 'service inspect <service>', [], 'service inspect shop-web'),
    ],
  },
  { name: 'alerts', commands: [cmd('alerts', 'alerts [--all]', [fl('-a, --all', 'all')])] },
  { name: 'alert', commands: [cmd('alert ack', 'alert ack <id>', [], 'alert ack A3')] },
  { name: 'incidents', commands: [cmd('incidents', 'incidents [--all]', [fl('-a, --all', 'all')])] },
  { name: 'inject', commands: [cmd('inject', 'inject <kind> <target> [--variant <variant>] [--at <time>|+<delay>]', [fl('--variant <variant>', 'variant'), fl('--at <time>|+<delay>', 'at')], 'inject crash host-1/web')] },
  {
    // get … drain: the control plane; create … autoscale: workloads (deployments, rollouts,
    // services, secrets, autoscaling, manifests).
    name: 'kubectl',
    commands: [
      cmd('kubectl get', 'kubectl get pods|nodes|events|<type> [<name>...] [-o wide|name] [-n <namespace>|-A]', [fl('-o, --output wide|name', 'output'), fl('-n, --namespace <namespace>', 'namespace'), fl('-A, --all-namespaces', 'all')], 'kubectl get pods -o wide'),
      cmd('kubectl describe', 'kubectl describe pod|node|<type> [<name>...]', [], 'kubectl describe pod web-7d9c5b8f6d-x2x7k'),
      cmd('kubectl logs', 'kubectl logs <pod> [-p|--previous] [--tail <n>]', [fl('-p, --previous', 'previous'), fl('--tail <n>', 'tail')], 'kubectl logs web-7d9c5b8f6d-x2x7k --previous'),
      cmd('kubectl delete', 'kubectl delete pod|<type> <name>... [--grace-period=<seconds>] [--force]', [fl('--grace-period <seconds>', 'grace'), fl('--force', 'force')], 'kubectl delete pod web-7d9c5b8f6d-x2x7k'),
      cmd('kubectl cordon', 'kubectl cordon <node>', [], 'kubectl cordon host-1'),
      cmd('kubectl uncordon', 'kubectl uncordon <node>'),
      cmd('kubectl drain', 'kubectl drain <node> [--ignore-daemonsets] [--delete-emptydir-data] [--force]', [
        fl('--ignore-daemonsets', 'daemonsets'),
        fl('--delete-emptydir-data', 'emptydir'),
        fl('--force', 'force'),
      ], 'kubectl drain host-1 --ignore-daemonsets'),
      cmd('kubectl create deployment', 'kubectl create deployment <name> --image=<image> [--replicas=<n>] [--port=<port>]', [
        fl('--image <image>', 'image'),
        fl('-r, --replicas <n>', 'replicas'),
        fl('--port <port>', 'port'),
      ], 'kubectl create deployment web --image=shop/web:1.1 --replicas=3 --port=8000'),
      cmd('kubectl create secret', 'kubectl create secret generic <name> --from-literal=<key>=<value>...', [fl('--from-literal <key>=<value>', 'literal')], 'kubectl create secret generic db --from-literal=password=s3cret'),
      cmd('kubectl apply', 'kubectl apply -f <manifest>', [fl('-f, --filename <manifest>', 'file'), fl('--record', 'record')], 'kubectl apply -f web.yaml'),
      cmd('kubectl scale', 'kubectl scale deployment/<name> --replicas=<n>', [fl('--replicas <n>', 'replicas')], 'kubectl scale deployment/web --replicas=5'),
      cmd('kubectl set image', 'kubectl set image deployment/<name> <container>=<image>', [fl('--record', 'record')], 'kubectl set image deployment/web web=shop/web:1.2'),
      cmd('kubectl rollout status', 'kubectl rollout status deployment/<name> [--watch=false] [--timeout=<duration>]', [fl('--watch=false', 'watch'), fl('--timeout <duration>', 'timeout')]),
      cmd('kubectl rollout history', 'kubectl rollout history deployment/<name> [--revision=<n>]', [fl('--revision <n>', 'revision')]),
      cmd('kubectl rollout undo', 'kubectl rollout undo deployment/<name> [--to-revision=<n>]', [fl('--to-revision <n>', 'to')]),
      cmd('kubectl rollout restart', 'kubectl rollout restart deployment/<name>'),
      cmd('kubectl expose', 'kubectl expose deployment <name> [--port <port>] [--target-port <port>] [--type ClusterIP|LoadBalancer] [--name <service>]', [
        fl('--port <port>', 'port'),
        fl('--target-port <port>', 'target'),
        fl('--type ClusterIP|LoadBalancer', 'type'),
        fl('--name <service>', 'name'),
      ], 'kubectl expose deployment web --port 80 --target-port 8000'),
      cmd('kubectl autoscale', 'kubectl autoscale deployment <name> --max <n> [--min <n>] [--cpu-percent <n>]', [
        fl('--min <n>', 'min'),
        fl('--max <n>', 'max'),
        fl('--cpu-percent <n>', 'cpu'),
      ], 'kubectl autoscale deployment web --min 2 --max 10 --cpu-percent 60'),
    ],
  },
  { name: 'edit', commands: [cmd('edit', 'edit <recipe> <file>', [], 'edit shop-web app/')] },
  { name: 'help', commands: [cmd('help', 'help [<command>]', [], 'help docker run')] },
  { name: 'explain', commands: [cmd('explain', 'explain [<concept>]', [], 'explain cgroups')] },
  { name: 'status', commands: [cmd('status', 'status')] },
  { name: 'objectives', commands: [cmd('objectives', 'objectives')] },
  { name: 'hint', commands: [cmd('hint', 'hint [<id>]', [], 'hint sizes')] },
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
