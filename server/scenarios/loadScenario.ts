// Loading a shipped scenario by id where a failure can only be a bug or a bad request
// (the room): the validated scenario, or an exception listing every problem. Only
// shipped ids are accepted, so a client's room options can never name a file.
import type { ScenarioFile } from '../../shared/sim/scenario/schema.ts';
import { SCENARIO_DIR, looksLikePath, readScenario } from './catalog.ts';

export class ScenarioLoadError extends Error {
  constructor(readonly idOrPath: string, readonly problems: string[]) {
    super(`cannot load scenario "${idOrPath}":\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** The shipped scenario with this id, validated. Throws ScenarioLoadError (also for a path). */
export function loadScenario(id: string, dir: string = SCENARIO_DIR): ScenarioFile {
  if (looksLikePath(id)) throw new ScenarioLoadError(id, ['expected a scenario id, not a file path']);
  const r = readScenario(id, dir);
  if (!r.ok) throw new ScenarioLoadError(id, r.errors);
  return r.scenario;
}
