// The scenarios shipped with the game (`shared/scenarios/*.json`) and loading one by id
// or from any path an instructor gives. Files are read and validated here, on the
// server side, so the simulation itself never touches the file system.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type ScenarioFile } from '../../shared/sim/scenario/schema.ts';

/** Folder of the shipped scenario files. */
export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/scenarios');

/**
 * The order `--list` and menus show scenario ids in. Plain code-point order for now,
 * which keeps `level-01-…`, `level-02-…` in campaign order; change this one function
 * to pin some ids first (e.g. the sandbox).
 */
export function compareScenarioIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids of the shipped scenarios (file names without `.json`), in display order. */
export function listScenarioIds(dir: string = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort(compareScenarioIds);
}

export type ScenarioLoad =
  | { ok: true; scenario: ScenarioFile; path: string }
  /**
   * `unknown`: no shipped scenario has this id; `unreadable`: missing file or broken
   * JSON (one line); `invalid`: schema problems as `path: message` lines.
   */
  | { ok: false; kind: 'unknown' | 'unreadable' | 'invalid'; path: string | null; errors: string[] };

/** Whether the argument names a file rather than a shipped id (has a slash or ends in .json). */
export function looksLikePath(idOrPath: string): boolean {
  return idOrPath.includes('/') || idOrPath.includes('\\') || idOrPath.endsWith('.json');
}

/** The file of a shipped id, the resolved path of a path, or null for an unknown id. */
export function scenarioPath(idOrPath: string, dir: string = SCENARIO_DIR): string | null {
  if (looksLikePath(idOrPath)) return resolve(idOrPath);
  return listScenarioIds(dir).includes(idOrPath) ? join(dir, `${idOrPath}.json`) : null;
}

/** Reads, parses and validates a scenario given by shipped id or by file path. */
export function readScenario(idOrPath: string, dir: string = SCENARIO_DIR): ScenarioLoad {
  const path = scenarioPath(idOrPath, dir);
  if (!path) {
    return { ok: false, kind: 'unknown', path: null, errors: [`unknown scenario "${idOrPath}" (known: ${listScenarioIds(dir).join(', ')}; or give a path to a .json file)`] };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, kind: 'unreadable', path, errors: [`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? String(err)}`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, kind: 'unreadable', path, errors: [`${basename(path)} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const parsed = parseScenario(data);
  if (!parsed.ok) return { ok: false, kind: 'invalid', path, errors: parsed.errors };
  return { ok: true, scenario: parsed.scenario, path };
}
