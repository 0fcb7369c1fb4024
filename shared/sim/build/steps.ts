// What one recipe instruction does to the image being built, the way the classic
// builder records it: the `CREATED BY` text `docker history` shows, the layer size
// (files copied, packages installed), the content that decides the cache key, any
// secret the step bakes into the layer, and its effect on the image config.
import { digestOf } from '../hash.ts';
import type { OsKind, Recipe, WorkloadProfile } from '../model.ts';
import { PACKAGE_INSTALL_BASE_MIB, PACKAGE_SIZES_MIB, UNKNOWN_RUN_STEP_MIB } from '../realism.ts';
import { execForm, expand, keyValues, type Instruction } from './recipe.ts';

/** The image being built by one stage of a recipe. */
export interface StageState {
  /** `AS` name, or the stage's index as text. */
  name: string;
  layers: string[];
  os: OsKind;
  env: Record<string, string>;
  profile: WorkloadProfile;
  /** ARGs declared in this stage and their values (build-arg, else default). */
  args: Map<string, string>;
  /** Set by ENTRYPOINT: a later CMD only gives it arguments. */
  entrypoint: boolean;
}

export interface StepEffect {
  createdBy: string;
  /** What, besides the parent layer and createdBy, decides whether the cache can be used. */
  contentKey: string;
  sizeMiB: number;
  secret?: string;
  /** The classic builder runs (or creates) a container for it: prints `Running in`. */
  container: boolean;
  /** A RUN: executing it again gives a new layer (timestamps), so its digest is not reproducible. */
  executes: boolean;
}

export interface StepContext {
  files: Recipe['files'];
  stepSizes: Recipe['stepSizes'];
  /** Top layer digest of each earlier stage, by name and by index (for COPY --from). */
  stages: Map<string, string>;
  /** Build args given with --build-arg; names read are added to `used`. */
  buildArgs: Map<string, string>;
  used: Set<string>;
}

export type StepResult = { ok: true; effect: StepEffect } | { ok: false; error: string };

const SECRET_NAME = /pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/i;
const SECRET_IN_TEXT = /\b((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key)\s*[=:]\s*["']?[^\s"'>;&|]+)/i;
const SECRET_FILE = /(^|\/)(\.env|id_rsa|id_ed25519|credentials(\.json)?|secrets?\.[a-z]+)$|\.(pem|key|p12)$/i;

function shell(os: OsKind): string {
  return os === 'windows' ? 'cmd /S /C' : '/bin/sh -c';
}

/** Go's %q rendering of an exec-form array, as the classic builder prints it: `["a" "b"]`. */
function goList(words: string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(' ')}]`;
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

const norm = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '');

/** Context files a COPY source names (sorted), or null when it names none. */
function matchFiles(src: string, files: Recipe['files']): string[] | null {
  const names = Object.keys(files).sort();
  if (src === '.' || src === './') return names;
  const want = norm(src);
  const re = globToRegExp(want);
  const hit = names.filter((n) => norm(n) === want || re.test(norm(n)) || norm(n).startsWith(`${want}/`));
  return hit.length ? hit : null;
}

/** RUN size: the recipe's figure, else the package catalogue, else a small unknown step. */
export function runSizeMiB(original: string, command: string, stepSizes: Recipe['stepSizes']): number {
  const given = stepSizes[original] ?? stepSizes[command];
  if (given !== undefined) return given;
  let sum = 0;
  for (const word of command.split(/[\s;&|]+/)) {
    const name = word.replace(/[=<>].*$/, '');
    const size = Object.prototype.hasOwnProperty.call(PACKAGE_SIZES_MIB, name) ? PACKAGE_SIZES_MIB[name] : undefined;
    if (size !== undefined) sum += size;
  }
  return sum > 0 ? sum + PACKAGE_INSTALL_BASE_MIB : UNKNOWN_RUN_STEP_MIB;
}

function argPairs(state: StageState): string[] {
  return [...state.args.entries()].filter(([, v]) => v !== '').sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
}

function copyEffect(ins: Instruction, state: StageState, ctx: StepContext): StepResult {
  const vars = new Map([...state.args, ...Object.entries(state.env)]);
  const words = execForm(ins.args) ?? ins.args.split(/\s+/).filter((w) => w !== '');
  const flags = words.filter((w) => w.startsWith('--'));
  const paths = words.filter((w) => !w.startsWith('--')).map((w) => expand(w, vars));
  const dest = paths[paths.length - 1] ?? '';
  const sources = paths.slice(0, -1);
  const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
  const what = ins.keyword;
  if (from !== undefined) {
    const top = ctx.stages.get(from);
    if (top === undefined) return { ok: false, error: `invalid from flag value ${from}: pull access denied for ${from}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` };
    const size = ctx.stepSizes[ins.original] ?? UNKNOWN_RUN_STEP_MIB;
    return { ok: true, effect: { createdBy: `${shell(state.os)} #(nop) ${what} dir:${digestOf(`${top}|${sources.join(' ')}`)} in ${dest}`, contentKey: `from=${top}|${sources.join(' ')}`, sizeMiB: size, container: false, executes: false } };
  }
  const picked: string[] = [];
  let size = 0;
  for (const src of sources) {
    if (what === 'ADD' && /^https?:\/\//.test(src)) {
      size += ctx.stepSizes[ins.original] ?? UNKNOWN_RUN_STEP_MIB;
      picked.push(src);
      continue;
    }
    const hit = matchFiles(src, ctx.files);
    if (!hit) return { ok: false, error: `${what} failed: file not found in build context or excluded by .dockerignore: stat ${norm(src) || src}: file does not exist` };
    for (const name of hit) {
      if (picked.includes(name)) continue;
      picked.push(name);
      size += ctx.files[name]?.sizeMiB ?? 0;
    }
  }
  const content = picked.map((n) => `${n}@${ctx.files[n]?.version ?? 0}`).join(',');
  const kind = picked.length > 1 ? 'multi' : (picked[0] ?? '').endsWith('/') || sources[0] === '.' ? 'dir' : 'file';
  const leaked = picked.find((n) => SECRET_FILE.test(norm(n)));
  return {
    ok: true,
    effect: {
      createdBy: `${shell(state.os)} #(nop) ${what} ${kind}:${digestOf(content)} in ${dest}`,
      contentKey: `${content}|${flags.join(' ')}|${dest}`,
      sizeMiB: size,
      container: false,
      executes: false,
      ...(leaked ? { secret: `file ${norm(leaked)}` } : {}),
    },
  };
}

function runEffect(ins: Instruction, state: StageState, ctx: StepContext): StepResult {
  const exec = execForm(ins.args);
  const command = exec ? exec.join(' ') : ins.args;
  const pairs = argPairs(state);
  const prefix = pairs.length ? `|${pairs.length} ${pairs.join(' ')} ` : '';
  const createdBy = exec ? `${prefix}${command}` : `${prefix}${shell(state.os)} ${command}`;
  let secret = SECRET_IN_TEXT.exec(command)?.[1];
  for (const [k, v] of state.args) if (!secret && v !== '' && SECRET_NAME.test(k)) secret = `${k}=${v}`;
  return {
    ok: true,
    effect: { createdBy, contentKey: `${command}|${pairs.join(' ')}`, sizeMiB: runSizeMiB(ins.original, command, ctx.stepSizes), container: true, executes: true, ...(secret ? { secret } : {}) },
  };
}

function metadataEffect(ins: Instruction, state: StageState, ctx: StepContext): StepResult {
  const vars = new Map([...state.args, ...Object.entries(state.env)]);
  let text = ins.keyword === 'ARG' ? ins.args : expand(ins.args, vars);
  let secret: string | undefined;
  if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
    const exec = execForm(ins.args);
    text = goList(exec ?? ['/bin/sh', '-c', ins.args]);
  } else if (ins.keyword === 'ENV' || ins.keyword === 'LABEL' || ins.keyword === 'ARG') {
    const pairs = keyValues(text, ins.keyword === 'ARG');
    if (ins.keyword === 'ARG') {
      const [name, dflt] = pairs[0] ?? ['', ''];
      if (ctx.buildArgs.has(name)) ctx.used.add(name);
      // A --build-arg value is not in this line; it shows up in the RUN lines that follow.
      if (dflt !== '' && SECRET_NAME.test(name)) secret = `${name}=${dflt}`;
    } else {
      const hit = pairs.find(([k, v]) => v !== '' && SECRET_NAME.test(k));
      if (hit) secret = `${hit[0]}=${hit[1]}`;
    }
  }
  const gap = ins.keyword === 'WORKDIR' ? ' ' : '  ';
  const createdBy = `${shell(state.os)} #(nop)${gap}${ins.keyword} ${text}`;
  return { ok: true, effect: { createdBy, contentKey: createdBy, sizeMiB: 0, container: true, executes: false, ...(secret ? { secret } : {}) } };
}

/** What instruction `ins` (not FROM) records as a layer in `state`, or the builder's error. */
export function stepEffect(ins: Instruction, state: StageState, ctx: StepContext): StepResult {
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') return copyEffect(ins, state, ctx);
  if (ins.keyword === 'RUN') return runEffect(ins, state, ctx);
  return metadataEffect(ins, state, ctx);
}

function commandName(words: string[]): string {
  const first = words[0] === '/bin/sh' && words[1] === '-c' ? (words[2] ?? '').split(/\s+/)[0] ?? '' : words[0] ?? '';
  return first.split('/').pop() || first;
}

/** The instruction's effect on the image config (env, command, port, ARG scope). */
export function applyToState(ins: Instruction, state: StageState, ctx: StepContext): void {
  const vars = new Map([...state.args, ...Object.entries(state.env)]);
  switch (ins.keyword) {
    case 'ENV':
      for (const [k, v] of keyValues(expand(ins.args, vars))) state.env[k] = v;
      break;
    case 'ARG':
      for (const [k, v] of keyValues(ins.args, true)) state.args.set(k, ctx.buildArgs.get(k) ?? v);
      break;
    case 'CMD':
    case 'ENTRYPOINT': {
      if (ins.keyword === 'CMD' && state.entrypoint && state.profile.command !== '') break;
      const words = execForm(ins.args) ?? ['/bin/sh', '-c', ins.args];
      // The base image's command (and its habit of exiting at once) no longer runs.
      const { exitAfterTicks: _gone, ...rest } = state.profile;
      state.profile = { ...rest, command: commandName(words) };
      if (ins.keyword === 'ENTRYPOINT') state.entrypoint = true;
      break;
    }
    case 'EXPOSE': {
      const port = Number.parseInt(expand(ins.args, vars), 10);
      if (Number.isInteger(port) && port > 0 && port < 65536) state.profile = { ...state.profile, listenPort: port };
      break;
    }
    default:
      break;
  }
}
