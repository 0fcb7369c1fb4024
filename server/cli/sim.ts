// `npm run sim`: the headless runner. Builds a world from a scenario and a seed, runs a
// script of command lines against it as a terminal would, and prints the transcript
// (and with --json a summary line). Usage mistakes exit with 2 and a one-line reason.
import { readFileSync } from 'node:fs';
import { ScenarioError, createWorld } from '../../shared/sim/world.ts';
import type { World } from '../../shared/sim/model.ts';
import { listScenarioIds, readScenario } from '../scenarios/catalog.ts';
import { USAGE, parseArgs, type RunOptions } from './args.ts';
import { play } from './play.ts';
import { summarize } from './summary.ts';

const EXIT_USAGE = 2;

class UsageError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

function readScript(source: string): string {
  try {
    return readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(err));
    throw new UsageError([`cannot read script ${source === '-' ? 'from stdin' : `"${source}"`}: ${why}`]);
  }
}

function buildWorld(opts: RunOptions): World {
  const loaded = readScenario(opts.scenario);
  if (!loaded.ok) {
    if (loaded.kind !== 'invalid') throw new UsageError(loaded.errors);
    throw new UsageError([`scenario ${loaded.path} is invalid:`, ...loaded.errors.map((e) => `  ${e}`)]);
  }
  try {
    return createWorld(loaded.scenario, opts.seed);
  } catch (err) {
    if (err instanceof ScenarioError) throw new UsageError([`scenario ${loaded.path} is invalid:`, ...err.problems.map((p) => `  ${p}`)]);
    throw err;
  }
}

function run(opts: RunOptions): void {
  const script = readScript(opts.script);
  const world = buildWorld(opts);
  const chunks: string[] = [];
  const flush = (): void => {
    if (chunks.length) process.stdout.write(chunks.join(''));
    chunks.length = 0;
  };
  const counts = play(world, script, { lang: opts.lang, events: opts.events }, (line) => {
    chunks.push(`${line}\n`);
    if (chunks.length >= 256) flush();
  });
  if (opts.json) chunks.push(`${JSON.stringify(summarize(world, counts))}\n`);
  flush();
}

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  try {
    if (!parsed.ok) throw new UsageError([parsed.error]);
    const req = parsed.request;
    if (req.mode === 'help') {
      process.stdout.write(`${USAGE}\n`);
    } else if (req.mode === 'list') {
      process.stdout.write(listScenarioIds().map((id) => `${id}\n`).join(''));
    } else {
      run(req);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const usage = parsed.ok ? '' : `${USAGE.split('\n').slice(0, 2).join('\n')}\n(--help explains every option)\n`;
    process.stderr.write(`sim: ${err.lines.join('\n')}\n${usage}`);
    return EXIT_USAGE;
  }
}

process.exitCode = main(process.argv.slice(2));
