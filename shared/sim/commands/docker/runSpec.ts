// `docker run` options as the CLI parses them before it talks to the daemon: flag value
// types (`--cpus` is a rational number, `-m` a size), port specs, volume specs, the
// restart policy format and environment variables. Errors carry the CLI's wording.
import type { PortBinding, RestartPolicy } from '../../model.ts';
import { parseSizeMiB } from '../../units.ts';
import { flag, flagAll, hasFlag } from '../flags.ts';
import type { Outcome } from '../types.ts';
import { fail } from '../types.ts';
import { argsError, badValue, opt, parseArgs, type CommandUsage } from './usage.ts';

export const RUN: CommandUsage = {
  path: 'docker run',
  use: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  options: [
    opt('cpus', ['--cpus'], 'decimal', 'Number of CPUs'),
    opt('detach', ['-d', '--detach'], '', 'Run container in background and print container ID'),
    opt('env', ['-e', '--env'], 'list', 'Set environment variables'),
    opt('interactive', ['-i', '--interactive'], '', 'Keep STDIN open even if not attached'),
    opt('label', ['-l', '--label'], 'list', 'Set meta data on a container (a load balancer can discover containers by label)'),
    opt('memory', ['-m', '--memory'], 'bytes', 'Memory limit'),
    opt('memory-swap', ['--memory-swap'], 'bytes', "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"),
    opt('name', ['--name'], 'string', 'Assign a name to the container'),
    opt('network', ['--network', '--net'], 'network', 'Connect a container to a network (bridge, host, none or a user-defined one)'),
    opt('oom-score-adj', ['--oom-score-adj'], 'int', "Tune host's OOM preferences (-1000 to 1000)"),
    opt('publish', ['-p', '--publish'], 'list', "Publish a container's port(s) to the host"),
    opt('restart', ['--restart'], 'string', 'Restart policy to apply when a container exits (default "no")'),
    opt('rm', ['--rm'], '', 'Automatically remove the container and its associated anonymous volumes when it exits'),
    opt('tty', ['-t', '--tty'], '', 'Allocate a pseudo-TTY'),
    opt('userns', ['--userns'], '', 'Run in a private user namespace (root inside maps to an unprivileged host uid)'),
    opt('volume', ['-v', '--volume'], 'list', 'Bind mount a volume'),
  ],
};

export interface VolumeSpec {
  kind: 'named' | 'bind' | 'anonymous';
  /** Volume name or host path ('' for an anonymous volume). */
  source: string;
  path: string;
  readOnly: boolean;
}

export interface RunRequest {
  image: string;
  cmd: string[];
  name: string | null;
  /** The NanoCPUs docker would store (`--cpus 0.5` → 500000000). */
  nanoCpus: number;
  memoryMiB: number;
  /** -1 unlimited, 0 unset. */
  memorySwapMiB: number;
  oomScoreAdj: number;
  /** Published ports; hostPort 0 asks for an ephemeral one. */
  ports: PortBinding[];
  network: string;
  userns: boolean;
  autoRemove: boolean;
  restartName: string;
  restartRetries: number;
  env: Record<string, string>;
  labels: Record<string, string>;
  volumes: VolumeSpec[];
}

export type ParsedRun = { ok: true; req: RunRequest } | { ok: false; outcome: Outcome };

/** How `docker run` reports an error: `docker: <error>.` and where to read the usage. */
export function cliText(error: string, help = true): string {
  return `docker: ${error.replace(/\.$/, '')}.${help ? "\nSee 'docker run --help'." : ''}`;
}

/** A CLI-side refusal of `docker run`. */
export function cliError(error: string, help = true): Outcome {
  return fail(cliText(error, help));
}

/** NanoCPUs from `--cpus` text (a decimal or a fraction, like big.Rat), or an error. */
export function parseNanoCpus(text: string): number | string {
  const frac = /^(\d+)\/(\d+)$/.exec(text);
  if (frac) {
    const den = Number(frac[2]);
    if (den === 0) return `failed to parse ${text} as a rational number`;
    const nano = (Number(frac[1]) * 1e9) / den;
    return Number.isInteger(nano) ? nano : 'value is too precise';
  }
  const m = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || text === '' || text === '.') return `failed to parse ${text} as a rational number`;
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 9) return 'value is too precise';
  return Number(m[1] || '0') * 1e9 + Number(decimals.padEnd(9, '0') || '0');
}

/** One `-p` spec: `[ip:][hostPort:]containerPort[/proto]`, as go-connections parses it. */
export function parsePortSpec(spec: string): PortBinding | string {
  const [addr = '', proto = 'tcp', ...extra] = spec.split('/');
  if (extra.length || !['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return `invalid proto: ${proto}`;
  const parts = addr.split(':');
  if (parts.length > 3) return `invalid port format: ${spec}`;
  const container = parts[parts.length - 1] ?? '';
  const host = parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
  const ip = parts.length === 3 ? (parts[0] ?? '') : '';
  if (ip && !/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(ip)) return `invalid IP address: ${ip}`;
  if (container === '') return `no port specified: ${spec}<empty>`;
  const port = (s: string) => (/^\d{1,5}$/.test(s) && Number(s) <= 65535 ? Number(s) : -1);
  const containerPort = port(container);
  if (containerPort <= 0) return `invalid containerPort: ${container}`;
  const hostPort = host === '' ? 0 : port(host);
  if (hostPort < 0) return `invalid hostPort: ${host}`;
  return { hostPort, containerPort };
}

/** One `-v` spec: `name:/path`, `/host/path:/path`, or `/path` (an anonymous volume), with an optional `:ro`. */
export function parseVolumeSpec(spec: string): VolumeSpec | string {
  const parts = spec.split(':');
  if (parts.length === 1) {
    if (!spec.startsWith('/')) return `invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${spec}' mount path must be absolute`;
    return { kind: 'anonymous', source: '', path: spec, readOnly: false };
  }
  if (parts.length > 3 || parts.some((p) => p === '')) return `invalid volume specification: '${spec}'`;
  const [source = '', path = '', mode = 'rw'] = parts;
  const kind = source.startsWith('/') ? 'bind' : 'named';
  if (!path.startsWith('/')) return `invalid volume specification: '${spec}': invalid mount config for type "${kind === 'bind' ? 'bind' : 'volume'}": invalid mount path: '${path}' mount path must be absolute`;
  if (!mode.split(',').every((m) => ['ro', 'rw', 'z', 'Z', 'nocopy'].includes(m))) return `invalid mode: ${mode}`;
  return { kind, source, path, readOnly: mode.split(',').includes('ro') };
}

/** `--userns=host` turns the game's `--userns` off; `--userns=private` spells it out. */
function normaliseUserns(words: readonly string[]): string[] {
  return words.flatMap((w) => (w === '--userns=host' ? [] : w === '--userns=private' ? ['--userns'] : [w]));
}

/** Parses `docker run` words (after `run`) into a request, or the CLI's refusal. */
export function parseRun(words: readonly string[]): ParsedRun {
  const firstPositional = words.findIndex((w, i) => !w.startsWith('-') && !RUN.options.some((o) => o.spec.takesValue && o.spec.spellings.includes(words[i - 1] ?? '')));
  const head = firstPositional < 0 ? words : words.slice(0, firstPositional);
  const rest = firstPositional < 0 ? [] : words.slice(firstPositional);
  const userns = head.find((w) => w.startsWith('--userns=') && !['--userns=host', '--userns=private', '--userns=true', '--userns=false'].includes(w));
  if (userns) return { ok: false, outcome: cliError(`Error response from daemon: invalid USER mode: ${userns.slice(9)}`) };
  const r = parseArgs(RUN, [...normaliseUserns(head), ...rest], true);
  if (!r.ok) return r;
  const p = r.parsed;
  const [image, ...cmd] = p.positionals;
  if (image === undefined) return { ok: false, outcome: argsError(RUN, 'at least', 1) };
  let nanoCpus = 0;
  const cpus = flag(p, 'cpus');
  if (cpus !== undefined) {
    const n = parseNanoCpus(cpus);
    if (typeof n === 'string') return { ok: false, outcome: badValue(RUN, 'cpus', cpus, n) };
    nanoCpus = n;
  }
  const size = (name: string): number | Outcome => {
    const v = flag(p, name);
    if (v === undefined) return 0;
    if (name === 'memory-swap' && v === '-1') return -1;
    return parseSizeMiB(v) ?? badValue(RUN, name, v, `invalid size: '${v}'`);
  };
  const memoryMiB = size('memory');
  if (typeof memoryMiB !== 'number') return { ok: false, outcome: memoryMiB };
  const memorySwapMiB = size('memory-swap');
  if (typeof memorySwapMiB !== 'number') return { ok: false, outcome: memorySwapMiB };
  const adj = flag(p, 'oom-score-adj') ?? '0';
  if (!/^[-+]?\d+$/.test(adj)) return { ok: false, outcome: badValue(RUN, 'oom-score-adj', adj, `strconv.ParseInt: parsing "${adj}": invalid syntax`) };
  const env: Record<string, string> = {};
  for (const e of flagAll(p, 'env')) {
    const eq = e.indexOf('=');
    if (eq === 0 || e === '') return { ok: false, outcome: badValue(RUN, 'env', e, `invalid environment variable: ${e}`) };
    // `-e NAME` copies NAME from the client's environment; the game's client has none set.
    if (eq > 0) env[e.slice(0, eq)] = e.slice(eq + 1);
  }
  const labels: Record<string, string> = {};
  for (const l of flagAll(p, 'label')) {
    const eq = l.indexOf('=');
    if (eq === 0 || l === '') return { ok: false, outcome: badValue(RUN, 'label', l, `invalid label: ${l}`) };
    // `-l key` without a value sets the label to the empty string, as docker does.
    labels[eq > 0 ? l.slice(0, eq) : l] = eq > 0 ? l.slice(eq + 1) : '';
  }
  const ports: PortBinding[] = [];
  for (const spec of flagAll(p, 'publish')) {
    const b = parsePortSpec(spec);
    if (typeof b === 'string') return { ok: false, outcome: cliError(b) };
    ports.push(b);
  }
  const volumes: VolumeSpec[] = [];
  for (const spec of flagAll(p, 'volume')) {
    const v = parseVolumeSpec(spec);
    if (typeof v === 'string') return { ok: false, outcome: cliError(`Error response from daemon: ${v}`) };
    volumes.push(v);
  }
  const restart = flag(p, 'restart') ?? 'no';
  const colon = restart.indexOf(':');
  if (colon === 0) return { ok: false, outcome: cliError('invalid restart policy format: no policy provided before colon') };
  const retries = colon > 0 ? restart.slice(colon + 1) : '';
  if (retries !== '' && !/^-?\d+$/.test(retries)) return { ok: false, outcome: cliError('invalid restart policy format: maximum retry count must be an integer') };
  const autoRemove = hasFlag(p, 'rm');
  if (autoRemove && restart !== 'no') return { ok: false, outcome: cliError('conflicting options: cannot specify both --restart and --rm') };
  return {
    ok: true,
    req: {
      image,
      cmd,
      name: flag(p, 'name') ?? null,
      nanoCpus,
      memoryMiB,
      memorySwapMiB,
      oomScoreAdj: Number(adj),
      ports,
      network: flag(p, 'network') ?? 'bridge',
      userns: hasFlag(p, 'userns'),
      autoRemove,
      restartName: colon > 0 ? restart.slice(0, colon) : restart,
      restartRetries: retries === '' ? 0 : Number(retries),
      env,
      labels,
      volumes,
    },
  };
}

/** The policy name as the model stores it, once the daemon has accepted it. */
export function restartPolicyOf(name: string): RestartPolicy {
  return name === 'always' || name === 'on-failure' || name === 'unless-stopped' ? name : 'no';
}
