// Gestures → command lines of the command language. Every GUI action builds the line a
// player could have typed, runs it through the same path as the console and shows it,
// so clicking teaches the real commands. Builders only spell lines (quoting what needs
// it); whether a line is allowed or possible is the server's answer to give.
// Syntax: shared/sim/commands/helpCatalog.ts (`help <command>`), and the room's
// session commands (docs/protocol.md): pause, resume, speed, annotate, end, who.
import { tokenize } from '../../../shared/sim/commands/tokenize.ts';

/** Words a shell keeps as they are; anything else is quoted. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One argument, quoted so that the command language's tokenizer gives it back intact. */
export function quoteArg(arg: string): string {
  if (SAFE_WORD.test(arg)) return arg;
  if (!arg.includes("'")) return `'${arg}'`;
  return `"${arg.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

/** A command line from words; `null`/`undefined`/`false` words are left out. */
export function commandLine(...words: readonly (string | number | null | undefined | false)[]): string {
  return words
    .filter((w): w is string | number => w !== null && w !== undefined && w !== false)
    .map((w) => quoteArg(String(w)))
    .join(' ');
}

/** `flag value` pairs for optional values. */
function opt(flag: string, value: string | number | undefined): string[] {
  return value === undefined || value === '' ? [] : [flag, String(value)];
}

/** Memory as the CLI takes it: a number is MiB (`256` → `256m`), a string is passed on (`1g`). */
function memoryArg(memory: string | number): string {
  return typeof memory === 'number' ? `${Math.round(memory)}m` : memory;
}

// ---- docker (a target is the host or VM whose engine runs the container) ----

export interface DockerRunOptions {
  /** Host or VM id (`-H`). */
  target: string;
  image: string;
  name?: string;
  /** CPUs (`--cpus 0.5`). */
  cpus?: number | string;
  /** MiB as a number, or the CLI's form (`256m`, `1g`). */
  memory?: number | string;
  /** `8080:80`, or { host, container }. */
  ports?: readonly (string | { host: number; container: number })[];
  restart?: 'no' | 'always' | 'on-failure' | 'unless-stopped';
  env?: Readonly<Record<string, string>>;
  /** Labels; `app` is what load balancers select. */
  labels?: Readonly<Record<string, string>>;
  network?: string;
  volumes?: readonly string[];
  userns?: boolean;
}

export function dockerRun(o: DockerRunOptions): string {
  const words: string[] = ['docker', '-H', o.target, 'run', '-d'];
  words.push(...opt('--name', o.name));
  words.push(...opt('--cpus', o.cpus));
  if (o.memory !== undefined && o.memory !== '') words.push('-m', memoryArg(o.memory));
  for (const p of o.ports ?? []) words.push('-p', typeof p === 'string' ? p : `${p.host}:${p.container}`);
  words.push(...opt('--restart', o.restart));
  for (const [k, v] of Object.entries(o.env ?? {})) words.push('-e', `${k}=${v}`);
  for (const [k, v] of Object.entries(o.labels ?? {})) words.push('-l', `${k}=${v}`);
  words.push(...opt('--network', o.network));
  for (const v of o.volumes ?? []) words.push('-v', v);
  if (o.userns) words.push('--userns');
  words.push(o.image);
  return commandLine(...words);
}

export const dockerPull = (target: string, image: string) => commandLine('docker', '-H', target, 'pull', image);
export const dockerPs = (target: string, all = false) => commandLine('docker', '-H', target, 'ps', all && '-a');
export const dockerStop = (target: string, container: string) => commandLine('docker', '-H', target, 'stop', container);
export const dockerStart = (target: string, container: string) => commandLine('docker', '-H', target, 'start', container);
export const dockerRestart = (target: string, container: string) => commandLine('docker', '-H', target, 'restart', container);
export const dockerRm = (target: string, container: string, force = false) => commandLine('docker', '-H', target, 'rm', force && '-f', container);
export const dockerLogs = (target: string, container: string, tail?: number) => commandLine('docker', '-H', target, 'logs', ...opt('--tail', tail), container);
export const dockerInspect = (target: string, containerOrImage: string) => commandLine('docker', '-H', target, 'inspect', containerOrImage);
export const dockerStats = (target: string) => commandLine('docker', '-H', target, 'stats', '--no-stream');
export const dockerTop = (target: string, container: string) => commandLine('docker', '-H', target, 'top', container);
export const dockerImages = (target: string) => commandLine('docker', '-H', target, 'images');

// ---- VMs and hosts ----

export interface VmCreateOptions {
  name: string;
  host: string;
  vcpus: number;
  /** MiB as a number, or the CLI's form (`4g`). */
  memory: number | string;
  os?: 'linux' | 'windows';
}

export const vmCreate = (o: VmCreateOptions) => commandLine('vm', 'create', o.name, '--host', o.host, '--vcpus', o.vcpus, '--memory', memoryArg(o.memory), ...opt('--os', o.os));
export const vmStart = (name: string) => commandLine('vm', 'start', name);
export const vmStop = (name: string, force = false) => commandLine('vm', 'stop', force && '--force', name);
export const vmDelete = (name: string) => commandLine('vm', 'delete', name);
export const vmInspect = (name: string) => commandLine('vm', 'inspect', name);

export const hostInspect = (host: string) => commandLine('host', 'inspect', host);
/** Kernel log of a host or a VM. */
export const hostDmesg = (hostOrVm: string, lines?: number) => commandLine('host', 'dmesg', ...opt('-n', lines), hostOrVm);
export const hostCordon = (host: string) => commandLine('host', 'cordon', host);
export const hostUncordon = (host: string) => commandLine('host', 'uncordon', host);
export const hostRepair = (host: string, reimage = false) => commandLine('host', 'repair', reimage && '--reimage', host);
export const hostBuy = (o: { type: string; rack?: string; role?: 'container-host' | 'hypervisor'; hypervisor?: 'type1' | 'type2' }) =>
  commandLine('host', 'buy', o.type, ...opt('--rack', o.rack), ...opt('--role', o.role), ...opt('--hypervisor', o.hypervisor));

// ---- operations and the orchestrator ----

export const alertAck = (id: string) => commandLine('alert', 'ack', id);
export const serviceInspect = (name: string) => commandLine('service', 'inspect', name);
export const kubectlScale = (deployment: string, replicas: number) => commandLine('kubectl', 'scale', `deployment/${deployment}`, `--replicas=${Math.max(0, Math.floor(replicas))}`);
export const kubectlRolloutUndo = (deployment: string, toRevision?: number) =>
  commandLine('kubectl', 'rollout', 'undo', `deployment/${deployment}`, toRevision !== undefined && `--to-revision=${toRevision}`);
export const kubectlRolloutRestart = (deployment: string) => commandLine('kubectl', 'rollout', 'restart', `deployment/${deployment}`);
export const kubectlRolloutStatus = (deployment: string) => commandLine('kubectl', 'rollout', 'status', `deployment/${deployment}`, '--watch=false');
export const kubectlDescribePod = (pod: string) => commandLine('kubectl', 'describe', 'pod', pod);
export const kubectlLogs = (pod: string, previous = false) => commandLine('kubectl', 'logs', pod, previous && '--previous');
export const kubectlDeletePod = (pod: string) => commandLine('kubectl', 'delete', 'pod', pod);
export const kubectlCordon = (node: string) => commandLine('kubectl', 'cordon', node);
export const kubectlUncordon = (node: string) => commandLine('kubectl', 'uncordon', node);
export const kubectlDrain = (node: string) => commandLine('kubectl', 'drain', node, '--ignore-daemonsets');

// ---- learning and the level ----

export const help = (command?: string) => commandLine('help', ...(command ? command.split(/\s+/) : []));
export const explain = (concept?: string) => commandLine('explain', concept);
export const hint = (id?: string) => commandLine('hint', id);

// ---- incidents (a facilitator's, or where the scenario allows) and the room ----

export interface InjectOptions {
  kind: string;
  /** A host, VM, service or `<target>/<container>`. */
  target: string;
  variant?: string;
  /** A game time (`10m`) or a delay (`+90s`). */
  at?: string;
}

export const inject = (o: InjectOptions) => commandLine('inject', o.kind, o.target, ...opt('--variant', o.variant), ...opt('--at', o.at));
export const pause = () => 'pause';
export const resume = () => 'resume';
export const speed = (n: 1 | 2 | 4 | 8) => commandLine('speed', n);
export const end = () => 'end';
export const who = () => 'who';

/**
 * A note in the shared log. The room keeps the text after `annotate` as typed, so it is
 * not quoted; line breaks become spaces, and quote marks that would leave the line
 * unparseable become typographic ones.
 */
export function annotate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const line = `annotate ${flat}`;
  return tokenize(line).ok ? line : `annotate ${flat.replace(/'/g, '’').replace(/"/g, '”').replace(/\\/g, '∖')}`;
}
