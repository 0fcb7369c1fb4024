// Scenario fields for a level: objectives, stars, hints, briefing and debrief, and the builder that fills world.level
// from them. Every field is optional with a default, so scenarios without this part still load.
import type { World } from '../model.ts';
import type { ScenarioFile } from './schema.ts';

export const levelFields = {};

/** Fills the world's level part from the scenario; pushes `path: message` problems. */
export function buildLevel(_world: World, _scenario: ScenarioFile, _problems: string[]): void {}
