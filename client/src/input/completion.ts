// Tab completion for the console: command families and subcommands, flags and their
// values from the grammar (grammar.ts, derived from the help catalogue), and names from
// the store (containers on the -H target, hosts, VMs, images, deployments, pods,
// services, alerts), limited to what the scenario unlocks and the seat may run.
//
//   const c = complete(line, cursor, completionSources(store));
//   c.candidates → what may follow; applyCompletion(line, c) → the line with the word completed
import { CONCEPT_IDS } from '../../../shared/sim/concepts.ts';
import { INCIDENT_KINDS } from '../../../shared/sim/ops/model.ts';
import type { ClientStore } from '../state/ClientStore.ts';
import { selectPermissions } from '../state/selectors/permissions.ts';
import { commandSpecs, familyNames, type ArgSpec, type CommandSpec, type FlagSpec } from './grammar.ts';
import { quoteArg } from './commandBuilders.ts';

export interface CompletionSources {
  containers: readonly { name: string; target: string }[];
  hosts: readonly string[];
  vms: readonly string[];
  /** Hosts and VMs that are cluster nodes. */
  nodes: readonly string[];
  images: readonly string[];
  deployments: readonly string[];
  pods: readonly string[];
  services: readonly string[];
  alerts: readonly string[];
  racks: readonly string[];
  /** Families the scenario unlocks (`*` = all). */
  unlocked: readonly string[];
  /** Spectators may only run help, explain and who. */
  readOnly: boolean;
  /** Session commands this seat may run (pause, speed, annotate…). */
  sessionCommands: readonly string[];
}

export interface Completion {
  /** The word being completed spans line[from, to). */
  from: number;
  to: number;
  /** What was typed of it. */
  prefix: string;
  candidates: readonly string[];
  /** The longest text every candidate starts with. */
  common: string;
}

/** Families the simulation never locks (shared/sim/commands/index.ts ALWAYS_UNLOCKED; a test keeps them equal). */
export const ALWAYS_UNLOCKED: readonly string[] = ['help', 'explain', 'status', 'objectives', 'hint', 'inject'];
/** kubectl's resource types besides those its usage lists (a test checks them against the simulation). */
export const KUBECTL_TYPES: readonly string[] = ['pods', 'nodes', 'events', 'deployments', 'replicasets', 'services', 'endpoints', 'secrets', 'horizontalpodautoscalers'];
const SPECTATOR_VERBS = ['help', 'explain', 'who'];

const unique = (xs: Iterable<string>) => [...new Set([...xs].filter(Boolean))];

/** The names completion offers, read from the store. */
export function completionSources(store: ClientStore): CompletionSources {
  const containers = [...store.containers.values()];
  const may = selectPermissions(store);
  const session = ['who', ...(may.canControlTime ? ['pause', 'resume', 'speed'] : []), ...(may.canAnnotate ? ['annotate'] : []), ...(may.canEnd ? ['end'] : [])];
  return {
    containers: containers.map((c) => ({ name: c.name, target: c.target })),
    hosts: [...store.hosts.keys()],
    vms: [...store.vms.keys()],
    nodes: [...[...store.hosts.values()].filter((h) => h.node !== 0).map((h) => h.id), ...[...store.vms.values()].filter((v) => v.node !== 0).map((v) => v.id)],
    images: unique([...containers.map((c) => c.image), ...[...store.transfers.values()].map((t) => t.image), ...[...store.deployments.values()].map((d) => d.image)]),
    deployments: [...store.deployments.keys()],
    pods: [...store.pods.keys()],
    services: [...store.services.keys()],
    alerts: [...store.alerts.keys()],
    racks: unique([...store.hosts.values()].map((h) => h.rack)),
    unlocked: store.root.unlocked,
    readOnly: may.readOnly && may.role === 'spectator',
    sessionCommands: session,
  };
}

interface Word {
  text: string;
  from: number;
}

/** Words of the text before the cursor (quotes respected), and the one being typed. */
function split(head: string): { done: string[]; current: Word } {
  const words: Word[] = [];
  let text = '';
  let from = -1;
  let quote: string | null = null;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i] as string;
    if (quote) {
      if (ch === quote) quote = null;
      else text += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      if (from < 0) from = i;
    } else if (ch === ' ' || ch === '\t') {
      if (from >= 0) words.push({ text, from });
      text = '';
      from = -1;
    } else {
      text += ch;
      if (from < 0) from = i;
    }
  }
  const current = from >= 0 ? { text, from } : { text: '', from: head.length };
  return { done: words.map((w) => w.text), current };
}

function families(s: CompletionSources): string[] {
  if (s.readOnly) return SPECTATOR_VERBS;
  const open = (f: string) => s.unlocked.includes('*') || s.unlocked.includes(f) || ALWAYS_UNLOCKED.includes(f);
  return [...familyNames().filter(open), ...s.sessionCommands];
}

const flagOf = (spec: CommandSpec, word: string) => spec.flags.find((f) => f.spellings.includes(word.split('=')[0] ?? word));

/** The command named by `words` (its longest path), and the words after its path. */
function findSpec(words: readonly string[]): { spec: CommandSpec | null; rest: string[]; target: string; pathCandidates: string[] } {
  let target = '';
  const plain: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (words[0] === 'docker' && (w === '-H' || w === '--host')) target = words[++i] ?? '';
    else if (words[0] === 'docker' && /^(-H|--host)=/.test(w)) target = w.slice(w.indexOf('=') + 1);
    else plain.push(w);
  }
  let best: CommandSpec | null = null;
  for (const spec of commandSpecs()) {
    if (spec.path.every((p, i) => plain[i] === p) && (!best || spec.path.length > best.path.length)) best = spec;
  }
  const depth = best?.path.length ?? 0;
  const pathCandidates = unique(commandSpecs().filter((s) => s.path.length > plain.length && s.path.slice(0, plain.length).every((p, i) => plain[i] === p)).map((s) => s.path[plain.length] ?? ''));
  return { spec: best, rest: plain.slice(depth), target, pathCandidates: best && depth === plain.length && pathCandidates.length === 0 ? [] : pathCandidates };
}

interface ArgContext {
  spec: CommandSpec;
  target: string;
  /** First positional after the command's words (kubectl get <type> …). */
  first: string;
}

function namesFor(placeholder: string, ctx: ArgContext, s: CompletionSources): readonly string[] {
  const path = ctx.spec.path.join(' ');
  const containers = s.containers.filter((c) => !ctx.target || c.target === ctx.target).map((c) => c.name);
  switch (placeholder) {
    case 'container': return containers;
    case 'container-or-image': return [...containers, ...s.images];
    case 'image': case 'source-image': case 'target-image': return s.images;
    case 'host': return s.hosts;
    case 'host-or-vm': return [...s.hosts, ...s.vms];
    case 'node': return s.nodes;
    case 'pod': return s.pods;
    case 'service': return s.services;
    case 'rack': return s.racks;
    case 'kind': return INCIDENT_KINDS;
    case 'concept': return CONCEPT_IDS;
    case 'command': return familyNames();
    case 'type': return path.startsWith('kubectl') ? KUBECTL_TYPES : [];
    case 'id': return path === 'alert ack' ? s.alerts : [];
    case 'target': return [...s.hosts, ...s.vms, ...s.services, ...s.containers.map((c) => `${c.target}/${c.name}`)];
    case 'name': {
      if (path.startsWith('vm ') && path !== 'vm create') return s.vms;
      if (path === 'kubectl expose' || path === 'kubectl autoscale' || path.startsWith('kubectl rollout') || path === 'kubectl scale' || path === 'kubectl set image') return s.deployments;
      const byType: Record<string, readonly string[]> = { pods: s.pods, pod: s.pods, nodes: s.nodes, node: s.nodes, deployments: s.deployments, deployment: s.deployments, services: s.services, service: s.services };
      return byType[ctx.first] ?? [];
    }
    default: return [];
  }
}

function argCandidates(arg: ArgSpec, ctx: ArgContext, s: CompletionSources): string[] {
  const literals = arg.literals.filter((l) => !/[<=]/.test(l) && !l.startsWith('-') && !l.startsWith('+'));
  const names = arg.placeholders.flatMap((p) => namesFor(p, ctx, s));
  return [...literals, ...names].map((v) => `${arg.prefix}${v}`);
}

function commandCandidates(spec: CommandSpec, rest: readonly string[], current: string, target: string, s: CompletionSources): string[] {
  const positionals: string[] = [];
  let pendingFlag: FlagSpec | null = null;
  for (const w of rest) {
    if (pendingFlag) {
      pendingFlag = null;
      continue;
    }
    const flag = w.startsWith('-') ? flagOf(spec, w) : undefined;
    if (flag) pendingFlag = flag.value && !w.includes('=') ? flag : null;
    else if (!w.startsWith('-')) positionals.push(w);
  }
  const ctx: ArgContext = { spec, target, first: positionals[0] ?? '' };
  if (pendingFlag?.value) return argCandidates(pendingFlag.value, ctx, s);
  if (current.startsWith('-')) {
    const eq = current.indexOf('=');
    if (eq > 0) {
      const flag = flagOf(spec, current);
      return flag?.value ? argCandidates(flag.value, ctx, s).map((v) => `${current.slice(0, eq + 1)}${v}`) : [];
    }
    return spec.flags.flatMap((f) => f.spellings);
  }
  return spec.forms.flatMap((form) => {
    const last = form[form.length - 1];
    const arg = form[positionals.length] ?? (last?.repeats ? last : undefined);
    return arg ? argCandidates(arg, ctx, s) : [];
  });
}

function commonPrefix(xs: readonly string[]): string {
  if (xs.length === 0) return '';
  let p = xs[0] as string;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** What may complete the word at `cursor` (default: the end of the line). */
export function complete(line: string, cursor: number = line.length, s: CompletionSources): Completion {
  const { done, current } = split(line.slice(0, cursor));
  let all: string[];
  if (done.length === 0) all = families(s);
  else if (done[0] === 'speed') all = done.length === 1 && s.sessionCommands.includes('speed') ? ['1', '2', '4', '8'] : [];
  else if (!families(s).includes(done[0] as string)) all = [];
  else if (done[0] === 'help') all = findSpec(done.slice(1)).pathCandidates;
  else {
    const found = findSpec(done);
    const prev = done[done.length - 1];
    if (done[0] === 'docker' && (prev === '-H' || prev === '--host')) all = [...s.hosts, ...s.vms];
    else if (found.pathCandidates.length > 0) all = [...found.pathCandidates, ...(done[0] === 'docker' && done.length === 1 ? ['-H'] : [])];
    else all = found.spec ? commandCandidates(found.spec, found.rest, current.text, found.target, s) : [];
  }
  const candidates = unique(all.filter((c) => c.startsWith(current.text))).sort(new Intl.Collator('en', { numeric: true }).compare);
  return { from: current.from, to: cursor, prefix: current.text, candidates, common: commonPrefix(candidates) };
}

/**
 * The line with the word replaced: by `choice`, by the only candidate (plus a space), or
 * by the candidates' common prefix; and where the cursor goes.
 */
export function applyCompletion(line: string, c: Completion, choice?: string): { line: string; cursor: number } {
  const only = c.candidates.length === 1 ? c.candidates[0] : undefined;
  const word = choice ?? only ?? c.common;
  if (!word || (word === c.prefix && !only && !choice)) return { line, cursor: c.to };
  const text = (choice ?? only) !== undefined && !word.endsWith('=') && !word.endsWith('/') ? `${quoteArg(word)} ` : quoteArg(word);
  const next = line.slice(0, c.from) + text + line.slice(c.to).replace(/^ /, '');
  return { line: next, cursor: c.from + text.length };
}
