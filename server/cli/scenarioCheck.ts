// `npm run scenario:check <file...>`: validates scenario files the way the game loads
// them (JSON, the zod schema, then createWorld's consistency checks, which include the
// level's references) plus checks that only make sense for a file on disk. Prints
// `file: path: message` for each problem and `ok <file>` for each good file; exits 1
// when any file has a problem, 2 on a usage mistake.
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScenarioError, createWorld } from '../../shared/sim/world.ts';
import { SCENARIO_DIR, readScenario } from '../scenarios/catalog.ts';

export const CHECK_USAGE = 'Usage: npm run scenario:check <file.json> [<file.json>...]';

/** Problems of one scenario file as `path: message` lines; empty when it is good. */
export function checkScenarioFile(file: string): string[] {
  const path = resolve(file);
  const loaded = readScenario(path);
  if (!loaded.ok) {
    // Unreadable files and broken JSON have no path inside the file.
    return loaded.kind === 'invalid' ? loaded.errors : loaded.errors.map((e) => `(file): ${e}`);
  }
  const problems: string[] = [];
  const name = basename(path, '.json');
  if (resolve(path, '..') === SCENARIO_DIR && loaded.scenario.id !== name) {
    problems.push(`id: "${loaded.scenario.id}" must equal the file name "${name}" for a shipped scenario (the runner finds it by that name)`);
  }
  try {
    // The seed changes nothing that is checked; 1 is the runner's default.
    createWorld(loaded.scenario, 1);
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    problems.push(...err.problems);
  }
  return problems;
}

/** Checks every file; returns the exit code. */
export function runScenarioCheck(files: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  if (files.some((f) => f === '--help' || f === '-h')) {
    out(CHECK_USAGE);
    return 0;
  }
  if (files.length === 0) {
    err(`scenario:check: no file given\n${CHECK_USAGE}`);
    return 2;
  }
  let bad = 0;
  for (const file of files) {
    const problems = checkScenarioFile(file);
    if (problems.length === 0) {
      out(`ok ${file}`);
    } else {
      bad++;
      for (const p of problems) out(`${file}: ${p}`);
    }
  }
  return bad > 0 ? 1 : 0;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  process.exitCode = runScenarioCheck(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
