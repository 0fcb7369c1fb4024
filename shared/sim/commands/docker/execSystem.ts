// Everyday programs run inside a container (`docker exec`), each showing a namespace or
// a cgroup from the inside: `hostname` (UTS: the short id), `uname -r` (no kernel of its
// own: the machine's), `ip addr` (net), `id` and /proc/self/uid_map (user), the cgroup
// files, and `nproc`/`free`, which report the machine and not the container's limits.
import { DEFAULT_PATH } from '../../containers.ts';
import { PUBLIC_REGISTRY } from '../../images.ts';
import { say } from '../hint.ts';
import type { Outcome } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { ExecEnv } from './execEnv.ts';
import { ipAddr, gatewayOf, machineIp, subnetOf } from './netinfo.ts';
import { USERNS_HOST_UID } from './top.ts';

const MIB = 1024 * 1024;

/** A program's answer followed by a teaching line in the player's language. */
function withHint(env: ExecEnv, output: string, key: string, params: Record<string, string | number>): Outcome {
  return ok(`${output}\n${say(env.ctx, 'common.hint', { text: say(env.ctx, key, params) })}`);
}

function hostnameOf(env: ExecEnv): string {
  return env.c.network === 'host' ? env.target.id : env.c.id.slice(0, 12);
}

function ipOf(env: ExecEnv): string {
  return env.c.network === 'host' ? machineIp(env.target) : env.c.ip;
}

/** The distribution the image was built on, found by its base layer. */
function osRelease(env: ExecEnv): string {
  const image = env.world.images.get(env.c.imageId);
  const base = image?.layers[0];
  const registry = env.world.registries.get(PUBLIC_REGISTRY);
  const is = (ref: string) => {
    const id = registry?.tags[ref];
    return id !== undefined && env.world.images.get(id)?.layers[0] === base;
  };
  if (is('alpine:3.19')) return 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"';
  if (is('ubuntu:22.04')) return 'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nID=ubuntu\nID_LIKE=debian';
  return 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian';
}

function cat(env: ExecEnv, file: string): Outcome {
  const c = env.c;
  switch (file) {
    case '/etc/hostname':
      return ok(hostnameOf(env));
    case '/etc/hosts':
      return ok(['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', ...(c.ip ? [`${c.ip}\t${hostnameOf(env)}`] : [])].join('\n'));
    case '/etc/os-release':
      return ok(osRelease(env));
    case '/sys/fs/cgroup/memory.max':
      return ok(c.memoryLimitMiB > 0 ? String(c.memoryLimitMiB * MIB) : 'max');
    case '/sys/fs/cgroup/memory.current':
      return ok(String(Math.round(c.metrics.memoryUsageMiB * MIB)));
    case '/sys/fs/cgroup/cpu.max':
      // CFS bandwidth: quota per 100 ms period (kernel sched-bwc).
      return ok(c.cpuLimitMillis > 0 ? `${c.cpuLimitMillis * 100} 100000` : 'max 100000');
    case '/proc/self/uid_map':
    case '/proc/1/uid_map':
      return ok(c.userns ? `         0     ${USERNS_HOST_UID}      65536` : '         0          0 4294967295');
    default:
      return fail(`cat: ${file}: No such file or directory`);
  }
}

function free(env: ExecEnv, args: readonly string[]): Outcome {
  const used = env.target.vm ? env.target.vm.metrics.memoryUsedMiB : env.target.host.metrics.memoryUsedMiB;
  const total = env.machineMemoryMiB;
  const unit = args.includes('-m') ? 1 : args.includes('-g') ? 1 / 1024 : 1024;
  const show = (mib: number) => String(Math.floor(mib * unit)).padStart(12);
  const lines = [
    '               total        used        free      shared  buff/cache   available',
    `${'Mem:'.padEnd(8)}${show(total)}${show(used)}${show(total - used)}${show(0)}${show(0)}${show(total - used)}`,
    `${'Swap:'.padEnd(8)}${show(0)}${show(0)}${show(0)}`,
  ];
  if (env.c.memoryLimitMiB > 0) return withHint(env, lines.join('\n'), 'docker.hint.freeShowsHost', { limit: env.c.memoryLimitMiB });
  return ok(lines.join('\n'));
}

function uname(env: ExecEnv, args: readonly string[]): Outcome {
  const k = env.target.kernel;
  const os = k.os === 'windows' ? 'Windows_NT' : 'Linux';
  const flags = args.join('');
  if (flags.includes('a')) return ok(`${os} ${hostnameOf(env)} ${k.release} #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux`);
  const parts: string[] = [];
  if (flags.includes('s') || flags === '') parts.push(os);
  if (flags.includes('n')) parts.push(hostnameOf(env));
  if (flags.includes('r')) parts.push(k.release);
  if (flags.includes('m')) parts.push('x86_64');
  return ok(parts.join(' '));
}

/** The programs of this file, by name. */
export const SYSTEM_PROGRAMS: Record<string, (env: ExecEnv, args: readonly string[]) => Outcome> = {
  hostname: (env, args) => (args.includes('-i') || args.includes('-I') ? ok(ipOf(env)) : ok(hostnameOf(env))),
  uname,
  id: (env) => {
    const root = env.user === 'root' || env.user === '0';
    const text = root ? 'uid=0(root) gid=0(root) groups=0(root)' : `uid=${env.user} gid=0(root) groups=0(root)`;
    return env.c.userns && root ? withHint(env, text, 'docker.hint.usernsRoot', { uid: USERNS_HOST_UID }) : ok(text);
  },
  whoami: (env) => (env.user === 'root' || env.user === '0' ? ok('root') : fail(`whoami: cannot find name for user ID ${env.user}`)),
  ip: (env, args) => {
    const sub = args[0] ?? '';
    if (['a', 'addr', 'address'].includes(sub)) return ok(ipAddr(env.world, env.target, env.c));
    if (['r', 'route'].includes(sub) && env.c.ip) {
      const subnet = subnetOf(env.world, env.c);
      return ok(`default via ${gatewayOf(subnet)} dev eth0 \n${subnet} dev eth0 proto kernel scope link src ${env.c.ip} `);
    }
    return fail('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | route | link | neigh }');
  },
  cat: (env, args) => {
    const out: string[] = [];
    const errors: string[] = [];
    for (const f of args) {
      const r = cat(env, f);
      if ('pending' in r) continue;
      if (r.ok) out.push(r.output);
      else errors.push(r.error);
    }
    return errors.length ? fail(errors.join('\n'), out.join('\n')) : ok(out.join('\n'));
  },
  nproc: (env) => {
    const text = String(env.machineCpus);
    return env.c.cpuLimitMillis > 0 ? withHint(env, text, 'docker.hint.nprocShowsHost', { cpus: env.c.cpuLimitMillis / 1000 }) : ok(text);
  },
  free,
  env: (env) => ok([DEFAULT_PATH, `HOSTNAME=${hostnameOf(env)}`, ...Object.entries(env.c.env).map(([k, v]) => `${k}=${v}`), 'HOME=/root'].join('\n')),
  echo: (_env, args) => ok(args.join(' ')),
  true: () => ok(''),
  false: () => fail(''),
  sleep: () => ok(''),
};
SYSTEM_PROGRAMS.printenv = SYSTEM_PROGRAMS.env as (env: ExecEnv, args: readonly string[]) => Outcome;
