// `docker [-H target] inspect [-f TEMPLATE] [--type container|image] NAME…`: low-level
// JSON of containers (and, through the images commands, of images). Names that match
// nothing give docker's `Error: No such object: x` after the objects that were found.
import type { DockerTarget } from '../../machines.ts';
import type { World } from '../../model.ts';
import { flag } from '../flags.ts';
import { fail, ok } from '../types.ts';
import { engine } from './engine.ts';
import { lookupContainer } from './findContainer.ts';
import type { DockerSubcommand } from './index.ts';
import { inspectContainer } from './inspectJson.ts';
import { argsError, flagError, opt, parseArgs, type CommandUsage } from './usage.ts';

export const INSPECT: CommandUsage = {
  path: 'docker inspect',
  use: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  options: [
    opt('format', ['-f', '--format'], 'string', 'Format output using a Go template (e.g. {{.State.OOMKilled}})'),
    opt('type', ['--type'], 'string', 'Only inspect objects of the given type (container or image)'),
  ],
};

/** Image inspection, supplied by the images commands: the object for `name` on the engine, or null. */
export type ImageInspector = (world: World, target: DockerTarget, name: string) => Record<string, unknown> | null;

let imageInspector: ImageInspector | null = null;

/** Lets the images commands answer `docker inspect` for images (set once at module load). */
export function setImageInspector(fn: ImageInspector): void {
  imageInspector = fn;
}

/** Go's fmt printing of a decoded value, as templates print it (`map[a:1]`, `[x y]`, `<nil>`). */
function goPrint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `map[${Object.keys(o).sort().map((k) => `${k}:${goPrint(o[k])}`).join(' ')}]`;
  }
  return String(v);
}

/** A small Go-template evaluator: `{{.A.B}}` and `{{json .A.B}}` inside literal text. */
export function renderTemplate(template: string, obj: Record<string, unknown>): string | null {
  let bad = false;
  const text = template.replace(/\{\{\s*(json\s+)?((?:\.[A-Za-z0-9_]+)+|\.)\s*\}\}/g, (_m, json: string | undefined, path: string) => {
    let v: unknown = obj;
    for (const key of path.split('.').filter(Boolean)) {
      if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return '<no value>';
      v = (v as Record<string, unknown>)[key];
    }
    return json ? JSON.stringify(v) : goPrint(v);
  });
  if (/\{\{|\}\}/.test(text)) bad = true;
  return bad ? null : text;
}

export const dockerInspect: DockerSubcommand = (call) => {
  const r = parseArgs(INSPECT, call.args);
  if (!r.ok) return r.outcome;
  if (r.parsed.positionals.length === 0) return argsError(INSPECT, 'at least', 1);
  const type = flag(r.parsed, 'type') ?? '';
  if (!['', 'container', 'image'].includes(type)) return flagError(INSPECT, `"${type}" is not a valid value for --type`);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const world = call.ctx.world;
  const found: Record<string, unknown>[] = [];
  const errors: string[] = [];
  for (const name of r.parsed.positionals) {
    const l = type === 'image' ? null : lookupContainer(world, eng.target.id, name);
    if (l?.ok) {
      found.push(inspectContainer(world, l.c));
      continue;
    }
    const image = type === 'container' || !imageInspector ? null : imageInspector(world, eng.target, name);
    if (image) found.push(image);
    else errors.push(`Error: No such ${type === '' ? 'object' : type}: ${name}`);
  }
  const format = flag(r.parsed, 'format');
  let output: string;
  if (format !== undefined) {
    const lines: string[] = [];
    for (const o of found) {
      const line = renderTemplate(format, o);
      if (line === null) return fail(`template parsing error: template: :1: unexpected "}" in operand`);
      lines.push(line);
    }
    output = lines.join('\n');
  } else {
    output = found.length ? JSON.stringify(found, null, 4) : '[]';
  }
  return errors.length ? fail(errors.join('\n'), output) : ok(output);
};
